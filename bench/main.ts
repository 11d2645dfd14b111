import './bounded-young-generation.js';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import * as path from 'node:path';
import { compareGenerate, CplanRunner, measureCheck, measureColdStart, measureGenerate, measurePeakRss } from './cli-runs.js';
import { InProcessBench } from './in-process.js';
import { measureLexer } from './lexer.js';
import { measureLanguageServer } from './lsp-latency.js';
import { generatePlan } from './plan-generator.js';
import { measurePlayground } from './playground.js';
import { measurePortfolio, measurePortfolioEdits } from './portfolio-runs.js';
import { writeRealisticPlans, writeRealisticPortfolio } from './realistic-plans.js';
import { renderJson, renderText, type BenchResults } from './report.js';
import type { Repetitions } from './stats.js';

/**
 * The benchmark: synthetic plans of growing size measured in the process, the built language
 * server driven over stdio, the built `cplan` on a folder of realistic plans, and the
 * playground in Chromium.
 * Run from the project folder by bench/run.mjs. `--json` prints the results as JSON;
 * `--smoke` runs everything once on tiny inputs, to prove the benchmark itself works.
 */

interface Settings {
    readonly sizes: ReadonlyArray<{ readonly lines: number; readonly repetitions: Repetitions }>;
    /** The plan the lexer is timed on, with the repetitions of the smallest size. */
    readonly lexerLines: number;
    readonly lspLines: number;
    readonly lspRequests: number;
    readonly lspWarmup: number;
    readonly folderPlans: number;
    readonly processRuns: number;
    readonly processWarmup: number;
    readonly coldStartPairs: number;
    readonly coldStartWarmup: number;
    /** Plans of the small and the large portfolio, and the edits timed in the small one's workspace. */
    readonly portfolioPlans: readonly [number, number];
    readonly portfolioEdits: number;
    readonly portfolioEditWarmup: number;
    readonly playgroundLoads: Repetitions;
    readonly playgroundKeystrokes: number;
}

const FULL: Settings = {
    sizes: [
        { lines: 1_000, repetitions: { warmup: 5, runs: 15 } },
        { lines: 5_000, repetitions: { warmup: 2, runs: 9 } },
        { lines: 10_000, repetitions: { warmup: 2, runs: 9 } },
        { lines: 50_000, repetitions: { warmup: 1, runs: 5 } }
    ],
    lexerLines: 10_000,
    lspLines: 2_000,
    lspRequests: 200,
    lspWarmup: 20,
    folderPlans: 1_000,
    processRuns: 3,
    processWarmup: 1,
    coldStartPairs: 21,
    coldStartWarmup: 3,
    portfolioPlans: [17, 1_000],
    portfolioEdits: 100,
    portfolioEditWarmup: 10,
    playgroundLoads: { warmup: 1, runs: 7 },
    playgroundKeystrokes: 60
};

const SMOKE: Settings = {
    sizes: [
        { lines: 150, repetitions: { warmup: 0, runs: 1 } },
        { lines: 300, repetitions: { warmup: 0, runs: 1 } }
    ],
    lexerLines: 150,
    lspLines: 150,
    lspRequests: 2,
    lspWarmup: 0,
    folderPlans: 3,
    processRuns: 1,
    processWarmup: 0,
    coldStartPairs: 1,
    coldStartWarmup: 0,
    portfolioPlans: [6, 12],
    portfolioEdits: 2,
    portfolioEditWarmup: 0,
    playgroundLoads: { warmup: 0, runs: 1 },
    playgroundKeystrokes: 2
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

        const lexerPlan = generatePlan({ lines: settings.lexerLines, seed: SEED, crlf: true, bom: true });
        progress(`lexer, ${lexerPlan.lines} lines, one and two spellings per keyword`);
        const lexer = await measureLexer(lexerPlan.text, lexerPlan.lines, settings.sizes[0].repetitions);

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
        progress('cplan generate --format hwpx, side by side with html');
        const hwpx = compareGenerate(cplan, lspPath, work, 'hwpx', settings.processRuns * 2 + 1, settings.processWarmup);

        const [smallCount, largeCount] = settings.portfolioPlans;
        const examplePortfolio = path.join(root, 'examples', 'portfolio');
        progress(`writing portfolios of ${smallCount} and ${largeCount} plans`);
        const small = await writeRealisticPortfolio(examplePortfolio, path.join(work, 'portfolio-small'), smallCount, SEED);
        const large = await writeRealisticPortfolio(examplePortfolio, path.join(work, 'portfolio-large'), largeCount, SEED);
        progress('cplan portfolio');
        const portfolioSmall = measurePortfolio(cplan, small.folder, settings.processRuns, settings.processWarmup);
        const portfolioLarge = measurePortfolio(cplan, large.folder, settings.processRuns, settings.processWarmup);
        progress(`language server, an edit in a portfolio of ${smallCount} plans`);
        const portfolioEdits = await measurePortfolioEdits(server, small, settings.portfolioEdits, settings.portfolioEditWarmup);
        progress(`playground in Chromium, ${lspPlan.lines} lines`);
        const playground = await measurePlayground(root, lspPlan.text, settings.playgroundLoads, settings.playgroundKeystrokes);

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
            lexer,
            lsp: { ...lsp, lines: lspPlan.lines },
            check: { ...check, lines: planFolder.lines },
            generate: { ...generate, lines: lspPlan.lines },
            coldStart: { ...coldStart, plan: COLD_START_PLAN },
            hwpx: { ...hwpx, lines: lspPlan.lines },
            portfolio: { small: portfolioSmall, large: portfolioLarge, edits: portfolioEdits },
            playground,
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
