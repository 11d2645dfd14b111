import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { figures, renderText, type BenchResults } from '../bench/report.js';
import { ROOT } from './cli-helpers.js';

/** The benchmark is not part of the tests; these only prove that it still runs and judges right. */

const MEASURES = [
    /^full \/ \(parse \+ link\)/, /^scaling: full check/, /^lexer with both spellings \/ English only/, /^edit → diagnostics/, /^completion/, /^hover/,
    /^cplan check, folder of/, /^cplan generate --format html/, /^cold start: cplan check/, /^cplan generate --format hwpx/,
    /^cplan portfolio, 6 plans/, /^cplan portfolio, 12 plans/, /^portfolio edit → 1 other plans republished, 6-plan workspace/,
    /^playground JS \+ CSS/, /^playground: open → first diagnostics/, /^playground: typing/, /^peak RSS/
];

describe('the benchmark', () => {
    test('runs end to end on tiny inputs and reports every figure, judging none', () => {
        const result = spawnSync(process.execPath, ['bench/run.mjs', '--smoke', '--no-build', '--json'], {
            cwd: ROOT, encoding: 'utf8', timeout: 120_000
        });
        expect(result.status, result.stderr).toBe(0);
        const report = JSON.parse(result.stdout) as BenchResults & { figures: Array<{ measure: string; verdict: string }> };
        expect(report.smoke).toBe(true);
        expect(report.plans.length).toBeGreaterThan(1);
        expect(report.check.files).toBe(3);
        for (const measure of MEASURES) {
            expect(report.figures.some(figure => measure.test(figure.measure)), String(measure)).toBe(true);
        }
        expect(report.figures.filter(figure => figure.verdict === 'met' || figure.verdict === 'missed')).toEqual([]);
        expect(renderText(report)).toContain('| measure');
        // The pictures are counted from the document written: the plans have a value chain, a network map and a schedule.
        expect(report.figures.find(figure => figure.measure.startsWith('cplan generate --format hwpx'))!.measure).toMatch(/; 3 pictures, \d+\.\d million pixels\)$/);
    }, 120_000);

    test('marks each figure met or missed against its target', () => {
        const timing = (ms: number) => ({ wall: ms, cpu: ms });
        const results = (scale: number): BenchResults => ({
            smoke: false,
            machine: { node: 'v24', cpu: 'test', cores: 2, loadBefore: 0, loadAfter: 0, date: '' },
            plans: [1_000, 5_000, 10_000, 50_000].map(lines => ({
                lines, bytes: lines * 30,
                stages: { parse: timing(lines / 100), parseLink: timing(lines / 50), full: timing(lines / 50 * scale), diagnostics: 0 }
            })),
            lexer: { lines: 10_000, englishOnly: timing(20), bothOnEnglish: timing(24 * scale), bothOnKorean: timing(30) },
            lsp: {
                lines: 2_000, openToDiagnostics: 100,
                editToDiagnostics: { p50: 20 * scale, p95: 40 * scale, samples: 200 },
                completion: { p50: 5 * scale, p95: 10 * scale, samples: 200, items: 3 },
                hover: { p50: 1, p95: 2, samples: 200, answered: true }
            },
            check: { ms: 3_000 * scale, cpuMs: 3_000, files: 1_000, diagnostics: 0, lines: 150_000 },
            generate: { available: false, reason: 'no generate command', lines: 2_000 },
            coldStart: { ratio: 1.8 * scale, cplanMs: 90 * scale, nodeMs: 50, pairs: 21, plan: 'busan-marine-bio.cplan' },
            hwpx: { available: true, format: 'hwpx', ms: 600 * scale, cpuMs: 600, htmlMs: 400, ratio: 1.5 * scale, lines: 2_000, pictures: { count: 3, pixels: 2_800_000 } },
            portfolio: {
                small: { ms: 600 * scale, cpuMs: 600, plans: 17, findings: 40 },
                large: { ms: 6_000 * scale, cpuMs: 6_000, plans: 1_000, findings: 4_000 },
                edits: { p50: 30 * scale, p95: 60 * scale, samples: 100, plans: 17, republished: 2 }
            },
            playground: {
                available: true, gzipBytes: 700_000 * scale,
                firstDiagnostics: { median: 1_000 * scale, max: 1_200 * scale, loads: 7 },
                typing: { lines: 2_000, p50: 10 * scale, p95: 30 * scale, samples: 60, longestTask: scale === 1 ? 0 : 75 }
            },
            peakRss: { lines: 50_000, mb: 200 * scale }
        });
        const verdicts = (scale: number) => figures(results(scale)).filter(figure => figure.target !== '').map(figure => figure.verdict);
        expect(verdicts(1)).toEqual(['met', 'met', 'met', 'met', 'met', 'met', 'not available', 'met', 'met', 'met', 'met', 'met', 'met', 'met', 'met', 'met']);
        expect(verdicts(2)).toEqual(['missed', 'met', 'missed', 'missed', 'missed', 'missed', 'not available', 'missed', 'missed', 'missed', 'missed', 'missed', 'met', 'missed', 'missed', 'missed']);
        // The browser reports only tasks over 50 ms: none is not a task of 0 ms.
        const typing = (scale: number) => figures(results(scale)).find(figure => figure.measure.startsWith('playground: typing'))!.measure;
        expect(typing(1)).toContain('; no task over 50 ms)');
        expect(typing(2)).toContain('; longest task 75 ms)');
    });
});
