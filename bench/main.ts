import './bounded-young-generation.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { CplanRunner, measureCheck, measureColdStart, measureGenerate, measurePeakRss } from './cli-runs.js';
import { InProcessBench } from './in-process.js';
import { measureLanguageServer } from './lsp-latency.js';
import { generatePlan } from './plan-generator.js';
import { writeRealisticPlans } from './realistic-plans.js';
import { renderJson, renderText, type BenchResults } from './report.js';
import type { Repetitions } from './stats.js';

/**
 * The benchmark: synthetic plans of growing size measured in the process, the built language
 * server driven over stdio, and the built `cplan` on a folder of realistic plans.
 * Run from the project folder by bench/run.mjs. `--json` prints the results as JSON;
 * `--smoke` runs everything once on tiny inputs, to prove the benchmark itself works.
 */

interface Settings {
    readonly sizes: ReadonlyArray<{ readonly lines: number; readonly repetitions: Repetitions }>;
    readonly lspLines: number;
    readonly lspRequests: number;
    readonly lspWarmup: number;
    readonly folderPlans: number;
    readonly processRuns: number;
    readonly processWarmup: number;
    readonly coldStartPairs: number;
    readonly coldStartWarmup: number;
}

const FULL: Settings = {
    sizes: [
        { lines: 1_000, repetitions: { warmup: 5, runs: 15 } },
        { lines: 5_000, repetitions: { warmup: 2, runs: 9 } },
        { lines: 10_000, repetitions: { warmup: 2, runs: 9 } },
        { lines: 50_000, repetitions: { warmup: 1, runs: 5 } }
    ],
    lspLines: 2_000,
    lspRequests: 200,
    lspWarmup: 20,
    folderPlans: 1_000,
    processRuns: 3,
    processWarmup: 1,
    coldStartPairs: 21,
    coldStartWarmup: 3
};

const SMOKE: Settings = {
    sizes: [
        { lines: 150, repetitions: { warmup: 0, runs: 1 } },
        { lines: 300, repetitions: { warmup: 0, runs: 1 } }
    ],
    lspLines: 150,
    lspRequests: 2,
    lspWarmup: 0,
    folderPlans: 3,
    processRuns: 1,
    processWarmup: 0,
    coldStartPairs: 1,
    coldStartWarmup: 0
};

const SEED = 20020301;

/** The plan of the cold-start figure: the example a new user checks first. */
const COLD_START_PLAN = 'busan-marine-bio.cplan';

const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function main(argv: readonly string[]): Promise<void> {
    const smoke = argv.includes('--smoke');
    const settings = smoke ? SMOKE : FULL;
    const root = process.cwd();
    const cli = path.join(root, 'out', 'cli.cjs');
    const server = path.join(root, 'out', 'server.cjs');
    const loadBefore = loadavg()[0];
    const work = mkdtempSync(path.join(tmpdir(), 'cplan-bench-'));
    try {
        const plans = [];
        const bench = new InProcessBench();
        let largest = '';
        for (const { lines, repetitions } of settings.sizes) {
            const plan = generatePlan({ lines, seed: SEED, crlf: true, bom: true });
            progress(`in-process stages, ${plan.lines} lines`);
            plans.push({ lines: plan.lines, bytes: Buffer.byteLength(plan.text), stages: await bench.stages(plan.text, repetitions) });
            largest = path.join(work, `synthetic-${plan.lines}.cplan`);
            writeFileSync(largest, plan.text);
        }

        // An editor's buffer has no byte-order mark.
        const lspPlan = generatePlan({ lines: settings.lspLines, seed: SEED + 1 });
        const lspPath = path.join(work, 'editing.cplan');
        writeFileSync(lspPath, lspPlan.text);
        progress(`language server, ${lspPlan.lines} lines`);
        const lsp = await measureLanguageServer(server, lspPath, lspPlan.text, settings.lspRequests, settings.lspWarmup);

        const folder = path.join(work, 'plans');
        progress(`writing ${settings.folderPlans} realistic plans`);
        const planFolder = await writeRealisticPlans(path.join(root, 'examples'), folder, settings.folderPlans, SEED);
        progress('cold start: cplan check of one plan against node -e 0');
        const coldStart = measureColdStart(cli, path.join(root, 'examples', COLD_START_PLAN), settings.coldStartPairs, settings.coldStartWarmup);

        const cplan = new CplanRunner(cli, work);
        progress('cplan check on the folder');
        const check = measureCheck(cplan, folder, settings.processRuns, settings.processWarmup);

        progress('cplan generate');
        const generate = measureGenerate(cplan, lspPath, path.join(work, 'editing.html'), settings.processRuns + 2, settings.processWarmup);

        progress('peak RSS');
        const peakRss = { lines: plans[plans.length - 1].lines, mb: measurePeakRss(cplan, largest) };

        const results: BenchResults = {
            smoke,
            machine: {
                node: process.version,
                cpu: cpuModel(),
                cores: cpus().length,
                loadBefore,
                loadAfter: loadavg()[0],
                date: new Date().toISOString().replace(/\.\d+Z$/, 'Z')
            },
            plans,
            lsp: { ...lsp, lines: lspPlan.lines },
            check: { ...check, lines: planFolder.lines },
            generate: { ...generate, lines: lspPlan.lines },
            coldStart: { ...coldStart, plan: COLD_START_PLAN },
            peakRss
        };
        process.stdout.write(`${argv.includes('--json') ? renderJson(results) : renderText(results)}\n`);
    } finally {
        rmSync(work, { recursive: true, force: true });
    }
}

function cpuModel(): string {
    try {
        return /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1].trim() ?? cpus()[0]?.model ?? 'unknown CPU';
    } catch {
        return cpus()[0]?.model ?? 'unknown CPU';
    }
}

main(process.argv.slice(2)).catch(error => {
    process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
});
