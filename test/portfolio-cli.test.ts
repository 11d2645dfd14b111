import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT, runCplan, type RunResult } from './cli-helpers.js';

/* `cplan portfolio` as a user runs it: the built binary on the example portfolio and on broken ones. */

const work = mkdtempSync(path.join(tmpdir(), 'cplan-portfolio-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const EXAMPLE = path.join(ROOT, 'examples', 'portfolio');
const golden = (name: string) => readFileSync(path.join(ROOT, 'test', 'golden', 'portfolio', name), 'utf8');
const stderrLines = (result: RunResult) => result.stderr.split('\n').filter(line => line !== '');

interface Reported { code: string; severity: string; message: string; line: number; related?: Array<{ path?: string; line: number; message: string }> }
interface PortfolioJson {
    version: number;
    files: Array<{ path: string; diagnostics: Reported[]; waived: Array<{ code: string; reason: string }> }>;
    summary: { files: number; errors: number; warnings: number; infos: number; hints: number };
    portfolio: { title: string; plans: Array<{ path: string; label: string; compared: boolean }> };
}

/** A copy of the example portfolio to change, with its portfolio file replaced when given. */
function copyOfExample(name: string, portfolioFile?: object): string {
    const folder = path.join(work, name);
    cpSync(EXAMPLE, folder, { recursive: true });
    if (portfolioFile) {
        writeFileSync(path.join(folder, 'cplan.portfolio.json'), JSON.stringify(portfolioFile));
    }
    return folder;
}

const codesOf = (report: PortfolioJson) => report.files.flatMap(file => file.diagnostics.map(d => `${path.basename(file.path)} ${d.code}`));
const portfolioCodes = (report: PortfolioJson) => codesOf(report).filter(code => / portfolio-/.test(code));

describe('cplan portfolio on the example portfolio', () => {
    test('prints the findings of every plan with those across regions, as the golden file has them; exit 1 for the errors in 대구', () => {
        const result = runCplan(['portfolio', 'examples/portfolio']);
        expect(result.stderr).toBe('');
        expect(result.stdout).toBe(golden('findings.txt'));
        expect(result.status).toBe(1);
    });

    test('JSON: each plan with its own and its portfolio findings, related elements in other plans by path, waivers, and the plans compared', () => {
        const result = runCplan(['portfolio', 'examples/portfolio', '--format', 'json', '--lang', 'en']);
        const report = JSON.parse(result.stdout) as PortfolioJson;
        expect(report.version).toBe(1);
        expect(report.portfolio.title).toBe('2026 지역 바이오클러스터 발전계획 종합 검토');
        expect(report.portfolio.plans.map(plan => plan.label)).toEqual(['부산광역시', '대전광역시', '대구광역시', '충청북도', '인천광역시', '강원특별자치도']);
        const daegu = report.files.find(file => file.path.endsWith('daegu.cplan'))!;
        const overlap = daegu.diagnostics.find(d => d.code === 'portfolio-overlap')!;
        expect(overlap.message).toMatch(/^충청북도, 인천광역시, 강원특별자치도 also list clinical/);
        expect(overlap.related!.map(related => related.path)).toEqual(['examples/portfolio/osong.cplan', 'examples/portfolio/songdo.cplan', 'examples/portfolio/wonju.cplan']);
        expect(daegu.diagnostics.filter(d => d.code === 'portfolio-investment-focus')).toHaveLength(1);
        // 부산 waived the overlap rule: its finding is gone, the waiver reported with its reason.
        const busan = report.files.find(file => file.path.endsWith('busan.cplan'))!;
        expect(busan.diagnostics.map(d => d.code)).not.toContain('portfolio-overlap');
        expect(busan.waived).toEqual([{ code: 'portfolio-overlap', reason: expect.stringContaining('해양생물 소재 전임상') }]);
        expect(report.summary.files).toBe(6);
    });

    test('SARIF: related locations point into the other plans', () => {
        const sarif = JSON.parse(runCplan(['portfolio', 'examples/portfolio', '--format', 'sarif']).stdout);
        const results = sarif.runs[0].results as Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>; relatedLocations?: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
        const star = results.find(result => result.ruleId === 'portfolio-star-firm' && result.locations[0].physicalLocation.artifactLocation.uri.endsWith('osong.cplan'))!;
        expect(star.relatedLocations!.map(location => location.physicalLocation.artifactLocation.uri)).toEqual(['examples/portfolio/songdo.cplan']);
    });

    test('the Markdown document is the golden one; HTML and DOCX are written, each path printed', () => {
        for (const [format, name] of [['md', 'doc.md'], ['html', 'doc.html'], ['docx', 'doc.docx']] as const) {
            const out = path.join(work, name);
            const result = runCplan(['portfolio', 'examples/portfolio', '--format', format, '--out', out]);
            expect(result.status, result.stderr).toBe(0);
            expect(result.stdout.trim()).toBe(out);
            expect(existsSync(out)).toBe(true);
        }
        expect(readFileSync(path.join(work, 'doc.md'), 'utf8')).toBe(golden('cplan-portfolio.md'));
        expect(readFileSync(path.join(work, 'doc.docx')).subarray(0, 2).toString()).toBe('PK');
    });

    test('without --out the document goes into the portfolio folder; it is never written over a plan', () => {
        const folder = copyOfExample('default-out');
        const written = runCplan(['portfolio', '.', '--format', 'html'], { cwd: folder });
        expect(written.status).toBe(0);
        expect(written.stdout.trim()).toBe('cplan-portfolio.html');
        const plan = readFileSync(path.join(folder, 'daegu.cplan'), 'utf8');
        const refused = runCplan(['portfolio', '.', '--format', 'html', '--out', 'daegu.cplan'], { cwd: folder });
        expect(refused.status).toBe(2);
        expect(stderrLines(refused)).toHaveLength(1);
        expect(readFileSync(path.join(folder, 'daegu.cplan'), 'utf8')).toBe(plan);
        execFileSync('mkfifo', [path.join(folder, 'review.html')]);
        const overPipe = runCplan(['portfolio', '.', '--format', 'html', '--out', 'review.html', '--lang', 'en'], { cwd: folder });
        expect(overPipe.status).toBe(2);
        expect(stderrLines(overPipe)).toEqual(['cplan: refusing to write the document over something that is not a regular file (a pipe or a device): review.html']);
    });
});

describe('cplan portfolio settings', () => {
    test('a threshold in cplan.portfolio.json changes when a rule fires', () => {
        const strict = JSON.parse(runCplan(['portfolio', copyOfExample('strict', { title: '검토', thresholds: { 'portfolio-overlap': 2, 'portfolio-hightech-share': 90 } }), '--format', 'json']).stdout) as PortfolioJson;
        const usual = JSON.parse(runCplan(['portfolio', 'examples/portfolio', '--format', 'json']).stdout) as PortfolioJson;
        const count = (report: PortfolioJson, code: string) => portfolioCodes(report).filter(entry => entry.endsWith(` ${code}`)).length;
        expect(count(usual, 'portfolio-overlap')).toBe(9);
        expect(count(strict, 'portfolio-overlap')).toBeGreaterThan(9);
        expect(count(usual, 'portfolio-hightech-share')).toBe(5);
        expect(count(strict, 'portfolio-hightech-share')).toBe(0);
    });

    test('members: only the plans the globs name are compared', () => {
        const folder = copyOfExample('members', { title: '충청권', members: ['osong.cplan', 'daedeok.cplan'] });
        const report = JSON.parse(runCplan(['portfolio', folder, '--format', 'json']).stdout) as PortfolioJson;
        expect(report.files.map(file => path.basename(file.path))).toEqual(['daedeok.cplan', 'osong.cplan']);
    });

    test('cplan.config.json severities apply to the portfolio rules too', () => {
        const folder = copyOfExample('severities');
        writeFileSync(path.join(folder, 'cplan.config.json'), JSON.stringify({ rules: { 'portfolio-partner': 'off', 'portfolio-overlap': 'error' } }));
        const report = JSON.parse(runCplan(['portfolio', folder, '--format', 'json']).stdout) as PortfolioJson;
        const all = report.files.flatMap(file => file.diagnostics);
        expect(all.filter(d => d.code === 'portfolio-partner')).toEqual([]);
        expect(all.filter(d => d.code === 'portfolio-overlap').every(d => d.severity === 'error')).toBe(true);
    });

    test('a waiver of a portfolio rule that silences nothing is reported as unused, in the portfolio only', () => {
        const folder = copyOfExample('unused-waiver');
        const wonju = path.join(folder, 'wonju.cplan');
        writeFileSync(wonju, readFileSync(wonju, 'utf8').replace(/\}\s*$/, '    waive "portfolio-star-firm" because "원주메디칼은 원주만 지원"\n}\n'));
        const report = JSON.parse(runCplan(['portfolio', folder, '--format', 'json']).stdout) as PortfolioJson;
        expect(report.files.find(file => file.path.endsWith('wonju.cplan'))!.diagnostics.map(d => d.code)).toContain('waiver-unused');
        const alone = JSON.parse(runCplan(['check', wonju, '--format', 'json']).stdout) as PortfolioJson;
        expect(alone.files[0].diagnostics.map(d => d.code)).not.toContain('waiver-unused');
    });
});

describe('cplan portfolio on bad input', () => {
    test('a broken and an unreadable member are reported, the others still compared; exit 2', () => {
        const folder = copyOfExample('broken');
        writeFileSync(path.join(folder, 'osong.cplan'), readFileSync(path.join(folder, 'osong.cplan'), 'utf8').replace('horizon 2026 to 2037', 'horizon 2026 2037'));
        writeFileSync(path.join(folder, 'legacy.cplan'), Buffer.from([0xba, 0xce, 0xbb, 0xea]));
        const result = runCplan(['portfolio', folder, '--format', 'json']);
        expect(result.status).toBe(2);
        expect(stderrLines(result)).toEqual([expect.stringMatching(/^cplan: UTF-8로 저장된 파일이 아닙니다 .*legacy\.cplan$/)]);
        const report = JSON.parse(result.stdout) as PortfolioJson;
        const osong = report.files.find(file => file.path.endsWith('osong.cplan'))!;
        expect(new Set(osong.diagnostics.map(d => d.code))).toEqual(new Set(['syntax']));
        expect(report.portfolio.plans.find(plan => plan.path.endsWith('osong.cplan'))!.compared).toBe(false);
        // The star firm 셀트리온 is now only in 송도's compared plan; the overlaps are still found among the others.
        expect(portfolioCodes(report)).not.toContain('songdo.cplan portfolio-star-firm');
        expect(portfolioCodes(report)).toContain('songdo.cplan portfolio-overlap');

        const out = path.join(work, 'broken.html');
        const document = runCplan(['portfolio', folder, '--format', 'html', '--out', out]);
        expect(document.status).toBe(2);
        expect(stderrLines(document)).toHaveLength(2);
        expect(readFileSync(out, 'utf8')).toContain('문법 오류가 있어 비교에서 뺐습니다');
    });

    test('no portfolio file, bad JSON, a bad threshold, no members: one line each, exit 2', () => {
        const empty = path.join(work, 'no-portfolio');
        mkdirSync(empty, { recursive: true });
        const cases: Array<[string, string | undefined, RegExp]> = [
            ['no-portfolio', undefined, /포트폴리오 파일이 없습니다/],
            ['bad-json', '{ "title": ', /포트폴리오 파일이 올바른 JSON이 아닙니다 \(1행 12열 근처\)/],
            ['no-title', '{ "members": ["*.cplan"] }', /title은 필수/],
            ['bad-threshold', '{ "title": "검토", "thresholds": { "portfolio-overlap": 1, "portfolio-partner": 2 } }', /portfolio-overlap: 1, portfolio-partner: 2/],
            ['no-members', '{ "title": "검토", "members": ["regions/*.cplan"] }', /포트폴리오에 계획이 없습니다/]
        ];
        for (const [name, file, message] of cases) {
            const folder = name === 'no-portfolio' ? empty : copyOfExample(name);
            if (file !== undefined) {
                writeFileSync(path.join(folder, 'cplan.portfolio.json'), file);
            }
            const result = runCplan(['portfolio', folder]);
            expect(result.status, name).toBe(2);
            expect(stderrLines(result), name).toEqual([expect.stringMatching(message)]);
            expect(result.stderr).not.toMatch(/^\s*at /m);
        }
    });
});
