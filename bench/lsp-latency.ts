import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { LspClient } from '../test/support/lsp-client.js';
import { percentile } from './stats.js';

export interface Latency {
    readonly p50: number;
    readonly p95: number;
    readonly samples: number;
}

export interface LspResults {
    /** didOpen → first diagnostics, once. */
    readonly openToDiagnostics: number;
    /** With the server's mean CPU time per edit, which other load on the machine does not inflate. */
    readonly editToDiagnostics: Latency & { readonly serverCpu?: number };
    readonly completion: Latency & { readonly items: number };
    readonly hover: Latency & { readonly answered: boolean };
}

interface Position { readonly line: number; readonly character: number }

const TIMEOUT_MS = 60_000;

function latency(samples: readonly number[]): Latency {
    return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), samples: samples.length };
}

/** The line nearest the middle of `lines` that `test` accepts. */
function middleLine(lines: readonly string[], test: (line: string) => boolean): number {
    const middle = Math.floor(lines.length / 2);
    for (let distance = 0; distance < lines.length; distance++) {
        for (const line of [middle + distance, middle - distance]) {
            if (line >= 0 && line < lines.length && test(lines[line])) {
                return line;
            }
        }
    }
    throw new Error('the benchmark plan has no line to work on');
}

/**
 * Drives the built language server over stdio as an editor does: opens the plan, then types
 * and deletes one character inside a string in the middle of it (each change waits for its
 * diagnostics), asks for completion after an `owner` name and for hover on that name.
 */
export async function measureLanguageServer(serverPath: string, planPath: string, text: string, requests: number, warmup: number): Promise<LspResults> {
    // Started with the product's Node flags, as the executable's `#!` line and the extension start it.
    const client = new LspClient({ server: serverPath });
    try {
        await client.initialize({
            capabilities: {
                textDocument: {
                    synchronization: { dynamicRegistration: false },
                    publishDiagnostics: {},
                    completion: { completionItem: { snippetSupport: true } },
                    hover: { contentFormat: ['markdown', 'plaintext'] }
                },
                workspace: { configuration: true }
            }
        });

        const uri = pathToFileURL(planPath).href;
        const lines = text.split(/\r?\n/);
        let version = 1;
        // Each wait looks only at the notifications that come after its action.
        const nextDiagnostics = (since: number) => client.waitForDiagnostics(uri, { since, timeoutMs: TIMEOUT_MS });
        const openStart = performance.now();
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cluster-plan', version, text } });
        await nextDiagnostics(0);
        const openToDiagnostics = performance.now() - openStart;

        // One character typed into, then deleted from, a string: the plan stays as it was.
        const editLine = middleLine(lines, line => /^\s*mandate "/.test(line));
        const editAt: Position = { line: editLine, character: lines[editLine].indexOf('"') + 1 };
        const edits: number[] = [];
        let cpuBefore: number | undefined;
        for (let i = 0; i < warmup + requests; i++) {
            if (i === warmup) {
                cpuBefore = client.cpuTimeMs();
            }
            const insert = i % 2 === 0;
            const change = insert
                ? { range: { start: editAt, end: editAt }, text: '가' }
                : { range: { start: editAt, end: { line: editAt.line, character: editAt.character + 1 } }, text: '' };
            const since = client.notifications.length;
            const start = performance.now();
            client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
            await nextDiagnostics(since);
            if (i >= warmup) {
                edits.push(performance.now() - start);
            }
        }
        const cpuAfter = client.cpuTimeMs();
        const editCpu = cpuBefore === undefined || cpuAfter === undefined ? undefined : (cpuAfter - cpuBefore) / requests;
        if ((warmup + requests) % 2 === 1) {
            const since = client.notifications.length;
            client.notify('textDocument/didChange', {
                textDocument: { uri, version: ++version },
                contentChanges: [{ range: { start: editAt, end: { line: editAt.line, character: editAt.character + 1 } }, text: '' }]
            });
            await nextDiagnostics(since);
        }

        // Completion at the end of an `owner` name, hover in the middle of it.
        const ownerLine = middleLine(lines, line => /^\s*owner \S+\s*$/.test(line));
        const nameEnd = lines[ownerLine].trimEnd().length;
        const nameStart = lines[ownerLine].indexOf('owner ') + 'owner '.length;
        const completionAt: Position = { line: ownerLine, character: nameEnd };
        const hoverAt: Position = { line: ownerLine, character: Math.floor((nameStart + nameEnd) / 2) };

        let items = 0;
        const completions = await timeRequests(requests, warmup, async () => {
            const result = await client.request<{ items?: unknown[] } | unknown[] | null>('textDocument/completion', {
                textDocument: { uri }, position: completionAt
            });
            items = Array.isArray(result) ? result.length : result?.items?.length ?? 0;
        });
        let answered = false;
        const hovers = await timeRequests(requests, warmup, async () => {
            const result = await client.request('textDocument/hover', { textDocument: { uri }, position: hoverAt });
            answered = result !== null && result !== undefined;
        });

        return {
            openToDiagnostics,
            editToDiagnostics: { ...latency(edits), serverCpu: editCpu },
            completion: { ...latency(completions), items },
            hover: { ...latency(hovers), answered }
        };
    } finally {
        await client.stop();
    }
}

async function timeRequests(requests: number, warmup: number, request: () => Promise<void>): Promise<number[]> {
    const times: number[] = [];
    for (let i = 0; i < warmup + requests; i++) {
        const start = performance.now();
        await request();
        if (i >= warmup) {
            times.push(performance.now() - start);
        }
    }
    return times;
}
