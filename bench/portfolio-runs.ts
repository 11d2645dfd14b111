import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { LspClient } from '../test/support/lsp-client.js';
import type { CplanRunner } from './cli-runs.js';
import type { Latency } from './lsp-latency.js';
import type { PortfolioFolder } from './realistic-plans.js';
import { percentile } from './stats.js';

/** `cplan portfolio FOLDER --format json`: median wall and CPU time, and what it reported. */
export interface PortfolioRun {
    readonly ms: number;
    readonly cpuMs: number;
    readonly plans: number;
    /** Findings of the portfolio rules across all plans. */
    readonly findings: number;
}

export function measurePortfolio(runner: CplanRunner, folder: string, runs: number, warmup: number): PortfolioRun {
    const result = runner.repeat(['portfolio', folder, '--format', 'json'], runs, warmup,
        run => run.status === 0 || run.status === 1 ? undefined : `cplan portfolio failed (${run.status}): ${run.stderr.split('\n')[0]}`);
    if ('error' in result) {
        throw new Error(result.error);
    }
    const report = JSON.parse(result.last.stdout) as { files: Array<{ diagnostics: Array<{ code: string }> }> };
    return {
        ms: result.ms,
        cpuMs: result.cpuMs,
        plans: report.files.length,
        findings: report.files.reduce((sum, file) => sum + file.diagnostics.filter(d => d.code.startsWith('portfolio-')).length, 0)
    };
}

const TIMEOUT_MS = 60_000;
const OUTSOURCE_GAP = 'portfolio-outsource-gap';

/**
 * The built language server on a workspace holding the portfolio: the first plan (made from
 * 부산's) is open and edited; each edit adds `marketing` to its `position` or takes it out
 * again, which ends or brings back the outsource-gap finding of every plan made from 원주's
 * (they outsource marketing at home, and no other plan positions it). Timed from the change
 * to the last of those plans' republished diagnostics.
 */
export async function measurePortfolioEdits(serverPath: string, portfolio: PortfolioFolder, requests: number, warmup: number): Promise<Latency & { readonly plans: number; readonly republished: number }> {
    const client = new LspClient({ server: serverPath });
    try {
        await client.initialize({ rootUri: pathToFileURL(portfolio.folder).href, capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } } });
        const edited = path.join(portfolio.folder, portfolio.madeFrom.get('busan.cplan')![0]);
        const watched = portfolio.madeFrom.get('wonju.cplan')!.map(name => pathToFileURL(path.join(portfolio.folder, name)).href);
        const uri = pathToFileURL(edited).href;
        const text = readFileSync(edited, 'utf8');
        const lines = text.split(/\r?\n/);
        const line = lines.findIndex(entry => /^\s*position /.test(entry));
        const end = { line, character: lines[line].length };
        const added = ', marketing';

        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cluster-plan', version: 1, text } });
        await Promise.all(watched.map(each => client.waitForDiagnostics(each, { timeoutMs: TIMEOUT_MS })));

        const hasGap = (each: string, since: number) => client.waitFor(n => n.method === 'textDocument/publishDiagnostics'
            && (n.params as PublishDiagnosticsParams).uri === each, { since, timeoutMs: TIMEOUT_MS });
        const samples: number[] = [];
        let version = 1;
        for (let i = 0; i < warmup + requests; i++) {
            const adding = i % 2 === 0;
            const change = adding
                ? { range: { start: end, end }, text: added }
                : { range: { start: end, end: { line, character: end.character + added.length } }, text: '' };
            const since = client.notifications.length;
            const start = performance.now();
            client.notify('textDocument/didChange', { textDocument: { uri, version: ++version }, contentChanges: [change] });
            // Each watched plan's next diagnostics must say what the edit changed.
            await Promise.all(watched.map(async each => {
                let from = since;
                for (;;) {
                    const found = await hasGap(each, from);
                    from = client.notifications.indexOf(found) + 1;
                    const gap = (found.params as PublishDiagnosticsParams).diagnostics.some(d => d.code === OUTSOURCE_GAP);
                    if (gap !== adding) {
                        return;
                    }
                }
            }));
            if (i >= warmup) {
                samples.push(performance.now() - start);
            }
        }
        return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), samples: samples.length, plans: portfolio.files, republished: watched.length };
    } finally {
        await client.stop();
    }
}
