import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { median } from './stats.js';

/** Runs of the built `cplan` binary as a user would start it: one process per run. */

export interface ProcessRun {
    readonly ms: number;
    readonly status: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

export function runProcess(args: readonly string[], nodeOptions: readonly string[] = []): ProcessRun {
    const start = performance.now();
    const result = spawnSync(process.execPath, [...nodeOptions, ...args], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1' }
    });
    const ms = performance.now() - start;
    if (result.error) {
        throw result.error;
    }
    return { ms, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface CheckRun {
    readonly ms: number;
    readonly files: number;
    readonly diagnostics: number;
}

/** `cplan check FOLDER --format json`, median wall time over `runs` after `warmup` runs. */
export function measureCheck(cli: string, folder: string, runs: number, warmup: number): CheckRun {
    let last: ProcessRun | undefined;
    const times: number[] = [];
    for (let i = 0; i < warmup + runs; i++) {
        last = runProcess([cli, 'check', folder, '--format', 'json']);
        if (last.status !== 0 && last.status !== 1) {
            throw new Error(`cplan check failed (${last.status}): ${last.stderr.trim()}`);
        }
        if (i >= warmup) {
            times.push(last.ms);
        }
    }
    const report = JSON.parse(last!.stdout) as { summary: { files: number; errors: number; warnings: number; infos: number; hints: number } };
    const { files, errors, warnings, infos, hints } = report.summary;
    return { ms: median(times), files, diagnostics: errors + warnings + infos + hints };
}

export type GenerateRun = { readonly available: true; readonly ms: number; readonly startupMs: number } | { readonly available: false; readonly reason: string };

/**
 * `cplan generate FILE --format html --out OUT`, median wall time. When the installed `cplan`
 * has no `generate` command the figure is reported as not available, not as a failure.
 */
export function measureGenerate(cli: string, plan: string, out: string, runs: number, warmup: number): GenerateRun {
    const help = runProcess([cli, '--help', '--lang', 'en']);
    if (!/cplan generate/.test(help.stdout)) {
        return { available: false, reason: 'this cplan has no generate command' };
    }
    const times: number[] = [];
    for (let i = 0; i < warmup + runs; i++) {
        const run = runProcess([cli, 'generate', plan, '--format', 'html', '--out', out]);
        if (run.status !== 0 && run.status !== 1) {
            return { available: false, reason: `cplan generate failed (${run.status}): ${run.stderr.trim().split('\n')[0] ?? ''}` };
        }
        if (!existsSync(out)) {
            return { available: false, reason: 'cplan generate wrote no file' };
        }
        if (i >= warmup) {
            times.push(run.ms);
        }
    }
    const startup = [0, 1, 2].map(() => runProcess([cli, '--version']).ms);
    return { available: true, ms: median(times), startupMs: median(startup) };
}

/** Peak resident memory of `cplan check FILE` in its own process, in MB. */
export function measurePeakRss(cli: string, plan: string, probe: string): number {
    const run = runProcess([cli, 'check', plan, '--format', 'json'], ['--require', probe]);
    const reported = /cplan-bench-max-rss-kb=(\d+)/.exec(run.stderr);
    if (!reported || (run.status !== 0 && run.status !== 1)) {
        throw new Error(`cplan check of the large plan failed (${run.status}): ${run.stderr.trim()}`);
    }
    return Number(reported[1]) / 1024;
}
