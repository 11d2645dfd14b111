import type { CheckRun, ColdStart, FormatComparison, GenerateRun } from './cli-runs.js';
import type { StageTimes } from './in-process.js';
import type { LexerTimes } from './lexer.js';
import type { Latency, LspResults } from './lsp-latency.js';
import type { PlaygroundResults } from './playground.js';
import type { PortfolioRun } from './portfolio-runs.js';

export interface Machine {
    readonly node: string;
    readonly cpu: string;
    readonly cores: number;
    /** 1-minute load average before and after the run: above the core count the machine was busy. */
    readonly loadBefore: number;
    readonly loadAfter: number;
    readonly date: string;
}

export interface BenchResults {
    readonly smoke: boolean;
    readonly machine: Machine;
    readonly plans: ReadonlyArray<{ readonly lines: number; readonly bytes: number; readonly stages: StageTimes }>;
    readonly lexer: LexerTimes;
    readonly lsp: LspResults & { readonly lines: number };
    readonly check: CheckRun & { readonly lines: number };
    readonly generate: GenerateRun & { readonly lines: number };
    readonly coldStart: ColdStart & { readonly plan: string };
    readonly hwpx: FormatComparison & { readonly lines: number };
    readonly portfolio: {
        readonly small: PortfolioRun;
        readonly large: PortfolioRun;
        readonly edits: Latency & { readonly plans: number; readonly republished: number };
    };
    readonly playground: PlaygroundResults;
    readonly peakRss: { readonly lines: number; readonly mb: number };
}

export type Verdict = 'met' | 'missed' | 'not judged' | 'not available' | '';

export interface Figure {
    readonly measure: string;
    readonly value: string;
    readonly target: string;
    readonly verdict: Verdict;
    /** The number the verdict is about, for the JSON report. */
    readonly number?: number;
}

const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;

/** The browser reports only tasks over 50 ms as long tasks: none reported is not a task of 0 ms. */
const longestTask = (value: number) => value > 0 ? `longest task ${ms(value)}` : 'no task over 50 ms';
const thousands = (lines: number) => lines >= 1000 ? `${Math.round(lines / 1000)}k` : String(lines);

/** The ratio full / (parse + link), on CPU time: other load on the machine does not inflate it. */
export const overhead = (stages: StageTimes) => stages.full.cpu / stages.parseLink.cpu;

/** Every figure of the issue with its target; in a smoke run nothing is judged. */
export function figures(results: BenchResults): Figure[] {
    const judge = (value: number, limit: number): Verdict => results.smoke ? 'not judged' : value <= limit ? 'met' : 'missed';
    const rows: Figure[] = [];
    const plans = results.plans;
    const reference = plans.find(plan => plan.lines >= 9000) ?? plans[plans.length - 1];
    for (const plan of plans) {
        const ratio = overhead(plan.stages);
        const judged = plan === reference;
        rows.push({
            measure: `full / (parse + link), ${thousands(plan.lines)} lines`,
            value: ratio.toFixed(2),
            target: judged ? '≤ 1.5' : '',
            verdict: judged ? judge(ratio, 1.5) : '',
            number: ratio
        });
    }
    // 50k against 5k: the 1k plan is too small to show growth.
    const small = plans.length > 2 ? plans[1] : plans[0];
    const large = plans[plans.length - 1];
    const scaling = large.stages.full.cpu / small.stages.full.cpu;
    rows.push({
        measure: `scaling: full check ${thousands(large.lines)} / ${thousands(small.lines)} lines`,
        value: scaling.toFixed(2),
        target: '≤ 11',
        verdict: judge(scaling, 11),
        number: scaling
    });
    // The lexer looks every name up among the keywords in both spellings; English only is the lexer before Korean keywords.
    const { lexer } = results;
    const lexerRatio = lexer.bothOnEnglish.cpu / lexer.englishOnly.cpu;
    rows.push({
        measure: `lexer with both spellings / English only, ${thousands(lexer.lines)} lines (CPU ${ms(lexer.bothOnEnglish.cpu)} / ${ms(lexer.englishOnly.cpu)}; the plan in Korean keywords ${ms(lexer.bothOnKorean.cpu)})`,
        value: lexerRatio.toFixed(2),
        target: '≤ 1.5',
        verdict: judge(lexerRatio, 1.5),
        number: lexerRatio
    });
    const { lsp } = results;
    rows.push({
        measure: `edit → diagnostics, ${thousands(lsp.lines)} lines (p50 / p95 of ${lsp.editToDiagnostics.samples}${
            lsp.editToDiagnostics.serverCpu === undefined ? '' : `; server CPU ${ms(lsp.editToDiagnostics.serverCpu)} per edit`})`,
        value: `${ms(lsp.editToDiagnostics.p50)} / ${ms(lsp.editToDiagnostics.p95)}`,
        target: 'p95 ≤ 50 ms',
        verdict: judge(lsp.editToDiagnostics.p95, 50),
        number: lsp.editToDiagnostics.p95
    });
    rows.push({
        measure: `completion (p50 / p95 of ${lsp.completion.samples}, ${lsp.completion.items} item(s))`,
        value: `${ms(lsp.completion.p50)} / ${ms(lsp.completion.p95)}`,
        target: 'p95 ≤ 16 ms',
        verdict: judge(lsp.completion.p95, 16),
        number: lsp.completion.p95
    });
    rows.push({
        measure: `hover (p50 / p95 of ${lsp.hover.samples}${lsp.hover.answered ? '' : ', no hover text'})`,
        value: `${ms(lsp.hover.p50)} / ${ms(lsp.hover.p95)}`,
        target: '',
        verdict: '',
        number: lsp.hover.p95
    });
    const { check } = results;
    rows.push({
        measure: `cplan check, folder of ${check.files} plans (${thousands(check.lines)} lines)`,
        value: `${ms(check.ms)} (CPU ${ms(check.cpuMs)})`,
        target: '≤ 5000 ms',
        verdict: judge(check.ms, 5000),
        number: check.ms
    });
    const { generate } = results;
    rows.push(generate.available
        ? {
            measure: `cplan generate --format html, ${thousands(generate.lines)} lines (Node start-up ${ms(generate.startupMs)})`,
            value: `${ms(generate.ms)} (CPU ${ms(generate.cpuMs)})`,
            target: '≤ 300 ms',
            verdict: judge(generate.ms, 300),
            number: generate.ms
        }
        : {
            measure: `cplan generate --format html, ${thousands(generate.lines)} lines`,
            value: generate.reason,
            target: '≤ 300 ms',
            verdict: 'not available'
        });
    const { coldStart } = results;
    rows.push({
        measure: `cold start: cplan check ${coldStart.plan} / node -e 0 (median of ${coldStart.pairs} paired runs; ${ms(coldStart.cplanMs)} / ${ms(coldStart.nodeMs)})`,
        value: `${coldStart.ratio.toFixed(2)}×`,
        target: '≤ 2×',
        verdict: judge(coldStart.ratio, 2),
        number: coldStart.ratio
    });
    const { hwpx } = results;
    rows.push(hwpx.available
        ? {
            measure: `cplan generate --format ${hwpx.format}, ${thousands(hwpx.lines)} lines, against --format html run in turns (html ${ms(hwpx.htmlMs)}; ${hwpx.pictures.count} pictures, ${(hwpx.pictures.pixels / 1e6).toFixed(1)} million pixels)`,
            value: `${ms(hwpx.ms)} (CPU ${ms(hwpx.cpuMs)}) = ${hwpx.ratio.toFixed(2)}× html`,
            target: '≤ 2× html',
            verdict: judge(hwpx.ratio, 2),
            number: hwpx.ratio
        }
        : {
            measure: `cplan generate --format ${hwpx.format}, ${thousands(hwpx.lines)} lines, against --format html`,
            value: hwpx.reason,
            target: '≤ 2× html',
            verdict: 'not available'
        });
    const { portfolio } = results;
    for (const [run, limit] of [[portfolio.small, 1_000], [portfolio.large, 10_000]] as const) {
        rows.push({
            measure: `cplan portfolio, ${run.plans} plans (${run.findings} findings across regions)`,
            value: `${ms(run.ms)} (CPU ${ms(run.cpuMs)})`,
            target: `≤ ${limit} ms`,
            verdict: judge(run.ms, limit),
            number: run.ms
        });
    }
    rows.push({
        measure: `portfolio edit → ${portfolio.edits.republished} other plans republished, ${portfolio.edits.plans}-plan workspace (p50 / p95 of ${portfolio.edits.samples})`,
        value: `${ms(portfolio.edits.p50)} / ${ms(portfolio.edits.p95)}`,
        target: 'p95 ≤ 100 ms',
        verdict: judge(portfolio.edits.p95, 100),
        number: portfolio.edits.p95
    });
    rows.push(...playgroundFigures(results.playground, judge));
    rows.push({
        measure: `peak RSS, cplan check of ${thousands(results.peakRss.lines)} lines`,
        value: `${Math.round(results.peakRss.mb)} MB`,
        target: '≤ 300 MB',
        verdict: judge(results.peakRss.mb, 300),
        number: results.peakRss.mb
    });
    return rows;
}

/** The playground's budget: size, first diagnostics, typing on a large plan. */
function playgroundFigures(playground: PlaygroundResults, judge: (value: number, limit: number) => Verdict): Figure[] {
    const targets = ['≤ 1536 KB', '≤ 1500 ms', 'p95 ≤ 50 ms'];
    if (!playground.available) {
        return ['playground JS + CSS (gzip)', 'playground: open → first diagnostics', 'playground: typing'].map((measure, index) =>
            ({ measure, value: playground.reason, target: targets[index], verdict: 'not available' }));
    }
    const { gzipBytes, firstDiagnostics, typing } = playground;
    const kilobytes = gzipBytes / 1024;
    return [
        { measure: 'playground JS + CSS (gzip)', value: `${Math.round(kilobytes)} KB`, target: targets[0], verdict: judge(kilobytes, 1536), number: kilobytes },
        {
            measure: `playground: open → first diagnostics (median / slowest of ${firstDiagnostics.loads} loads)`,
            value: `${ms(firstDiagnostics.median)} / ${ms(firstDiagnostics.max)}`,
            target: targets[1], verdict: judge(firstDiagnostics.median, 1500), number: firstDiagnostics.median
        },
        {
            measure: `playground: typing, ${thousands(typing.lines)} lines, keystroke → frame (p50 / p95 of ${typing.samples}; ${longestTask(typing.longestTask)})`,
            value: `${ms(typing.p50)} / ${ms(typing.p95)}`,
            target: targets[2], verdict: judge(typing.p95, 50), number: typing.p95
        }
    ];
}

function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
    const widths = header.map((cell, i) => Math.max(width(cell), ...rows.map(row => width(row[i]))));
    const line = (cells: readonly string[]) => `| ${cells.map((cell, i) => cell + ' '.repeat(widths[i] - width(cell))).join(' | ')} |`;
    return [line(header), `|${widths.map(w => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Display width: Hangul and other wide characters take two columns. */
function width(text: string): number {
    let columns = 0;
    for (const character of text) {
        columns += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFF60]/.test(character) ? 2 : 1;
    }
    return columns;
}

export function renderText(results: BenchResults): string {
    const { machine } = results;
    const stageRows = results.plans.map(plan => [
        plan.lines.toLocaleString('en'),
        `${ms(plan.stages.parse.wall)} (${ms(plan.stages.parse.cpu)})`,
        `${ms(plan.stages.parseLink.wall)} (${ms(plan.stages.parseLink.cpu)})`,
        `${ms(plan.stages.full.wall)} (${ms(plan.stages.full.cpu)})`,
        overhead(plan.stages).toFixed(2),
        String(plan.stages.diagnostics)
    ]);
    const rows = figures(results).map(figure => [figure.measure, figure.value, figure.target, figure.verdict]);
    return [
        `Cluster Plan benchmark${results.smoke ? ' (smoke run: tiny inputs, one iteration, targets not judged)' : ''}`,
        `${machine.date} · Node ${machine.node} · ${machine.cpu} · ${machine.cores} cores · load average ${machine.loadBefore.toFixed(2)} before, ${machine.loadAfter.toFixed(2)} after`,
        '',
        'In-process medians, wall clock (CPU time in brackets); the ratio is on CPU time:',
        '',
        table(['lines', 'parse', 'parse + link', 'full check', 'full / (parse + link)', 'diagnostics'], stageRows),
        '',
        table(['measure', 'value', 'target', 'result'], rows),
        ''
    ].join('\n');
}

export function renderJson(results: BenchResults): string {
    return JSON.stringify({ ...results, figures: figures(results) }, null, 2);
}
