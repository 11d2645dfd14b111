import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { SERVER } from './cli-helpers.js';
import { checkText, example } from './helpers.js';
import { FC_SEED } from './support/fuzz-settings.js';
import { LspClient, ResponseError } from './support/lsp-client.js';
import { KEYWORDS } from './support/plan-arbitraries.js';

/**
 * One language-server process takes thousands of small incremental edits to one document,
 * with completion, hover and document-symbol requests in between, as a long editing session
 * would. 10,000 edits take about 20 s; `SOAK_EDITS` sets another count.
 */
const EDITS = Number(process.env.SOAK_EDITS ?? 10_000);
const RSS_BASELINE_AT = 1000;
/**
 * Cancelled, outdated or server-cancelled answers are answers too: the editor moved on, or
 * may ask again (RequestCancelled, ContentModified, ServerCancelled).
 */
const ACCEPTABLE_ERRORS = [-32800, -32801, -32802];

/** A small seeded generator (mulberry32), so the edit sequence is the same on every run. */
function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

function positionAt(text: string, offset: number): { line: number; character: number } {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

const normalise = (diagnostics: readonly Diagnostic[]) => diagnostics
    .map(d => ({ code: String(d.code), severity: d.severity, message: d.message, range: d.range }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

const workspace = mkdtempSync(path.join(tmpdir(), 'cplan-soak-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

test(`the language server survives ${EDITS} incremental edits with requests in between`, async () => {
    const next = random(FC_SEED);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
    const original = example('busan-marine-bio.cplan');
    const pieces = [...KEYWORDS, ' ', '\n', '"', '{', '}', ',', '가', '진흥원', 'T1', 'BMBA', '120 억원', '2030', '// 메모\n', '/*', '*/'];
    const uri = pathToFileURL(path.join(workspace, 'soak.cplan')).href;
    const client = new LspClient({ server: SERVER });
    let rssBaseline = 0;
    let answered = 0;
    let cancelled = 0;
    try {
        await client.initialize({ rootUri: pathToFileURL(workspace).href });
        let text = original;
        let version = 1;
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cluster-plan', version, text } });
        // The editing starts once the server has loaded the workspace and built the document.
        await client.waitForDiagnostics(uri);
        let pending: Array<Promise<unknown>> = [];
        // Waits until the server has published the build of the latest version and gone quiet,
        // and returns those diagnostics. Memory is read at such points only: read in the middle
        // of a burst of edits it depends on where the garbage collector happens to be.
        const settled = async () => {
            await Promise.all(pending);
            pending = [];
            await client.request('textDocument/documentSymbol', { textDocument: { uri } });
            let count = -1;
            while (count !== client.notifications.length) {
                count = client.notifications.length;
                await new Promise(resolve => setTimeout(resolve, 1500));
            }
            const last = client.notifications.filter(n => n.method === 'textDocument/publishDiagnostics' && (n.params as { uri: string }).uri === uri).at(-1);
            return (last?.params as { diagnostics: Diagnostic[] }).diagnostics;
        };

        for (let edit = 1; edit <= EDITS; edit++) {
            let start: number;
            let end: number;
            let inserted: string;
            if (edit % 500 === 0 || text.length > 20_000) {
                // Now and then the user pastes the whole plan back in.
                [start, end, inserted] = [0, text.length, original];
            } else {
                start = Math.floor(next() * (text.length + 1));
                const kind = next();
                end = kind < 0.4 ? start : Math.min(text.length, start + 1 + Math.floor(next() * 12));
                inserted = kind < 0.75 ? pick(pieces) : '';
            }
            const range = { start: positionAt(text, start), end: positionAt(text, end) };
            text = text.slice(0, start) + inserted + text.slice(end);
            client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [{ range, text: inserted }] });

            if (edit % 7 === 0) {
                const position = positionAt(text, Math.floor(next() * (text.length + 1)));
                const method = pick(['textDocument/completion', 'textDocument/hover', 'textDocument/documentSymbol']);
                const params = method === 'textDocument/documentSymbol' ? { textDocument: { uri } } : { textDocument: { uri }, position };
                pending.push(client.request(method, params).then(
                    result => {
                        // An error must come as a JSON-RPC error, never as a result that looks like one.
                        expect((result as { code?: unknown } | null)?.code).toBeUndefined();
                        answered++;
                    },
                    (error: unknown) => {
                        expect(error).toBeInstanceOf(ResponseError);
                        expect(ACCEPTABLE_ERRORS).toContain((error as ResponseError).code);
                        cancelled++;
                    }));
            }
            if (edit % 100 === 0) {
                // Every request sent so far gets its answer before the session goes on.
                await Promise.all(pending);
                pending = [];
                expect(client.alive).toBe(true);
            }
            if (edit === RSS_BASELINE_AT) {
                await settled();
                rssBaseline = client.rssKb();
            }
        }

        // The final diagnostics: wait for the build of the last version to be published.
        const finalDiagnostics = await settled();
        const rssFinal = client.rssKb();
        const fresh = await checkText(text);
        expect(normalise(finalDiagnostics)).toEqual(normalise(fresh.diagnostics));

        expect(client.alive).toBe(true);
        expect(answered + cancelled).toBe(Math.floor(EDITS / 7));
        const errorsLogged = client.notifications.filter(n => n.method === 'window/logMessage' && (n.params as { type: number }).type === 1);
        expect(errorsLogged).toEqual([]);
        if (EDITS > RSS_BASELINE_AT) {
            expect(rssFinal).toBeLessThanOrEqual(1.5 * rssBaseline);
        }
        console.log(`soak: ${EDITS} edits, ${answered} requests answered, ${cancelled} cancelled or outdated; RSS ${rssBaseline} kB after ${RSS_BASELINE_AT}, ${rssFinal} kB after ${EDITS}`);
    } finally {
        await client.stop();
    }
}, 600_000);
