import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { unzipSync } from 'fflate';
import { median } from './stats.js';

/**
 * Runs of the built `cplan` binary as a user would start it (`node out/cli.cjs …`, which is
 * what its `#!/usr/bin/env node` line does): one process per run. A small script preloaded
 * into each run reports the process's own CPU time and peak memory.
 */

const PROBE_MARK = 'cplan-bench-usage';
const PROBE = `process.on('exit', () => {
    const usage = process.resourceUsage();
    process.stderr.write('${PROBE_MARK} ' + JSON.stringify({ cpu: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRssKb: usage.maxRSS }) + '\\n');
});
`;

export interface ProcessRun {
    readonly ms: number;
    readonly cpuMs: number;
    readonly peakRssMb: number;
    readonly status: number | null;
    readonly stdout: string;
    /** What the process wrote to stderr, without the probe's report. */
    readonly stderr: string;
}

export class CplanRunner {
    private readonly probe: string;

    constructor(private readonly cli: string, workFolder: string) {
        this.probe = path.join(workFolder, 'usage-probe.cjs');
        writeFileSync(this.probe, PROBE);
    }

    run(args: readonly string[]): ProcessRun {
        const start = performance.now();
        const result = spawnSync(process.execPath, ['--require', this.probe, this.cli, ...args], {
            encoding: 'utf8',
            maxBuffer: 256 * 1024 * 1024,
            env: { ...process.env, NO_COLOR: '1' }
        });
        const ms = performance.now() - start;
        if (result.error) {
            throw result.error;
        }
        const lines = result.stderr.split('\n');
        const report = lines.find(line => line.startsWith(PROBE_MARK));
        const usage = report ? JSON.parse(report.slice(PROBE_MARK.length)) as { cpu: number; maxRssKb: number } : { cpu: Number.NaN, maxRssKb: Number.NaN };
        return {
            ms,
            cpuMs: usage.cpu,
            peakRssMb: usage.maxRssKb / 1024,
            status: result.status,
            stdout: result.stdout,
            stderr: lines.filter(line => !line.startsWith(PROBE_MARK)).join('\n').trim()
        };
    }

    /** Median wall and CPU time of `runs` runs after `warmup` runs; stops at the first that `failed` rejects. */
    repeat(args: readonly string[], runs: number, warmup: number, failed: (run: ProcessRun) => string | undefined): { ms: number; cpuMs: number; last: ProcessRun } | { error: string } {
        const wall: number[] = [];
        const cpu: number[] = [];
        let last: ProcessRun | undefined;
        for (let i = 0; i < warmup + runs; i++) {
            last = this.run(args);
            const error = failed(last);
            if (error) {
                return { error };
            }
            if (i >= warmup) {
                wall.push(last.ms);
                cpu.push(last.cpuMs);
            }
        }
        return { ms: median(wall), cpuMs: median(cpu), last: last! };
    }
}

/** `cplan check` exits 0 or 1 when it did all its work. */
const checkFailed = (run: ProcessRun) => run.status === 0 || run.status === 1 ? undefined : `cplan check failed (${run.status}): ${run.stderr}`;

export interface CheckRun {
    readonly ms: number;
    readonly cpuMs: number;
    readonly files: number;
    readonly diagnostics: number;
}

/** `cplan check FOLDER --format json`. */
export function measureCheck(runner: CplanRunner, folder: string, runs: number, warmup: number): CheckRun {
    const result = runner.repeat(['check', folder, '--format', 'json'], runs, warmup, checkFailed);
    if ('error' in result) {
        throw new Error(result.error);
    }
    const { files, errors, warnings, infos, hints } = (JSON.parse(result.last.stdout) as {
        summary: { files: number; errors: number; warnings: number; infos: number; hints: number };
    }).summary;
    return { ms: result.ms, cpuMs: result.cpuMs, files, diagnostics: errors + warnings + infos + hints };
}

export type GenerateRun =
    | { readonly available: true; readonly ms: number; readonly cpuMs: number; readonly startupMs: number }
    | { readonly available: false; readonly reason: string };

/**
 * `cplan generate FILE --format html --out OUT`. When this `cplan` has no `generate` command
 * the figure is reported as not available, not as a failure of the benchmark.
 */
export function measureGenerate(runner: CplanRunner, plan: string, out: string, runs: number, warmup: number): GenerateRun {
    if (!/cplan generate/.test(runner.run(['--help', '--lang', 'en']).stdout)) {
        return { available: false, reason: 'this cplan has no generate command' };
    }
    const result = runner.repeat(['generate', plan, '--format', 'html', '--out', out], runs, warmup, run => {
        if (run.status !== 0 && run.status !== 1) {
            return `cplan generate failed (${run.status}): ${run.stderr.split('\n')[0]}`;
        }
        return existsSync(out) ? undefined : 'cplan generate wrote no file';
    });
    if ('error' in result) {
        return { available: false, reason: result.error };
    }
    const startup = median([0, 1, 2].map(() => runner.run(['--version']).ms));
    return { available: true, ms: result.ms, cpuMs: result.cpuMs, startupMs: startup };
}

export type FormatComparison =
    | {
        readonly available: true; readonly format: string; readonly ms: number; readonly cpuMs: number; readonly htmlMs: number; readonly ratio: number;
        /** The PNG pictures in the document and their pixels: what drawing the figures costs grows with these. */
        readonly pictures: { readonly count: number; readonly pixels: number };
    }
    | { readonly available: false; readonly format: string; readonly reason: string };

/**
 * `cplan generate FILE --format FORMAT` against `--format html` on the same plan, the two run
 * in turns so that both see the same load on the machine, each going first in every other
 * turn so that neither always runs right after the other: the medians and their ratio.
 */
export function compareGenerate(runner: CplanRunner, plan: string, folder: string, format: string, runs: number, warmup: number): FormatComparison {
    if (!new RegExp(`--format [a-z|]*\\b${format}\\b`).test(runner.run(['--help', '--lang', 'en']).stdout)) {
        return { available: false, format, reason: `this cplan has no --format ${format}` };
    }
    const times: Record<string, { wall: number[]; cpu: number[] }> = { html: { wall: [], cpu: [] }, [format]: { wall: [], cpu: [] } };
    for (let i = 0; i < warmup + runs; i++) {
        for (const each of i % 2 === 0 ? ['html', format] : [format, 'html']) {
            const out = path.join(folder, `side-by-side.${each}`);
            const run = runner.run(['generate', plan, '--format', each, '--out', out]);
            if ((run.status !== 0 && run.status !== 1) || !existsSync(out)) {
                return { available: false, format, reason: `cplan generate --format ${each} failed (${run.status}): ${run.stderr.split('\n')[0]}` };
            }
            if (i >= warmup) {
                times[each].wall.push(run.ms);
                times[each].cpu.push(run.cpuMs);
            }
        }
    }
    const ms = median(times[format].wall);
    const htmlMs = median(times.html.wall);
    return { available: true, format, ms, cpuMs: median(times[format].cpu), htmlMs, ratio: ms / htmlMs, pictures: picturesIn(path.join(folder, `side-by-side.${format}`)) };
}

/** The PNG pictures of a zipped document (DOCX, HWPX), with their width × height read from each PNG's header. */
function picturesIn(document: string): { count: number; pixels: number } {
    const pngs = Object.entries(unzipSync(readFileSync(document))).filter(([name]) => name.toLowerCase().endsWith('.png')).map(([, bytes]) => bytes);
    const view = (png: Uint8Array) => new DataView(png.buffer, png.byteOffset, png.byteLength);
    return { count: pngs.length, pixels: pngs.reduce((sum, png) => sum + view(png).getUint32(16) * view(png).getUint32(20), 0) };
}

/** Peak resident memory of `cplan check FILE`, in MB. */
export function measurePeakRss(runner: CplanRunner, plan: string): number {
    const run = runner.run(['check', plan, '--format', 'json']);
    const error = checkFailed(run);
    if (error) {
        throw new Error(error);
    }
    return run.peakRssMb;
}

export interface ColdStart {
    /** Median of the per-pair ratios `cplan check` / `node -e 0`, wall clock. */
    readonly ratio: number;
    /** Median wall time of each command, in ms. */
    readonly cplanMs: number;
    readonly nodeMs: number;
    readonly pairs: number;
}

/**
 * `cplan check PLAN` against `node -e 0`, the start of Node itself, run in turn (A B A B …):
 * each pair's ratio is taken from two runs moments apart, so that a change in the machine's
 * speed during the measurement moves both. Neither run gets the usage probe. The warm-up
 * runs leave the code cache that every later start of `cplan` finds.
 */
export function measureColdStart(cli: string, plan: string, pairs: number, warmup: number): ColdStart {
    // `cplan check` exits 1 when the plan has errors: that is a finished run too.
    const wallMs = (args: readonly string[], finished: readonly number[]) => {
        const start = performance.now();
        const result = spawnSync(process.execPath, args, { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
        const ms = performance.now() - start;
        if (result.error || !finished.includes(result.status ?? -1)) {
            throw new Error(`node ${args.join(' ')} failed (${result.status}): ${result.error?.message ?? result.stderr}`);
        }
        return ms;
    };
    const cplan: number[] = [];
    const node: number[] = [];
    for (let i = 0; i < warmup + pairs; i++) {
        const a = wallMs([cli, 'check', plan], [0, 1]);
        const b = wallMs(['-e', '0'], [0]);
        if (i >= warmup) {
            cplan.push(a);
            node.push(b);
        }
    }
    return { ratio: median(cplan.map((ms, i) => ms / node[i])), cplanMs: median(cplan), nodeMs: median(node), pairs };
}
