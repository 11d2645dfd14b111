import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES } from '../src/analysis/catalogue.js';
import { CLI, ROOT, runCplan } from './cli-helpers.js';

const tempDir = () => mkdtempSync(path.join(tmpdir(), 'cplan-cli-'));

/** One line on stderr that starts with `cplan:` and carries no stack trace. */
function expectOneCleanLine(stderr: string, pattern?: RegExp) {
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^cplan: /);
    expect(stderr).not.toMatch(/\n\s+at /);
    if (pattern) {
        expect(lines[0]).toMatch(pattern);
    }
}

describe('cplan check', () => {
    test('text output: path:line:col  severity  message  [rule-id], then a summary, without colour off a terminal', () => {
        const result = runCplan(['check', 'examples/daegu-draft.cplan']);
        expect(result.status).toBe(1);
        const lines = result.stdout.trimEnd().split('\n');
        expect(lines.find(line => line.endsWith('[assessment-required]'))).toMatch(/^examples\/daegu-draft\.cplan:21:5 {2}error {4}\S.* {2}\[assessment-required\]$/);
        expect(lines.find(line => line.endsWith('[starting-point]'))).toMatch(/^examples\/daegu-draft\.cplan:16:1 {2}info {5}\S.* {2}\[starting-point\]$/);
        expect(lines.at(-1)).toBe('파일 1개: 오류 12, 경고 35, 정보 6, 힌트 0');
        expect(result.stdout).not.toContain('\x1b[');
    });

    test.runIf(existsSync('/usr/bin/script'))('on a terminal the severities are coloured, unless NO_COLOR is set', () => {
        // `script` gives the command a terminal of its own.
        const onTerminal = (env: Record<string, string>) => spawnSync('script', ['-q', '-c', `"${process.execPath}" "${CLI}" check examples/daegu-draft.cplan`, '/dev/null'], {
            cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', ...env }
        }).stdout;
        expect(onTerminal({})).toContain('\x1b[33mwarning\x1b[0m');
        const plain = onTerminal({ NO_COLOR: '1' });
        expect(plain).toContain('warning');
        expect(plain).not.toContain('\x1b[');
    });

    test('--lang en gives English messages and summary', () => {
        const result = runCplan(['check', '--lang', 'en', 'examples/daegu-draft.cplan']);
        expect(result.stdout).toContain('The assessment names no weakness.');
        expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('1 file(s): 12 error(s), 35 warning(s), 6 info, 0 hint(s)');
    });

    test('checks every plan below a folder, and the current folder by default', () => {
        const portfolio = ['busan', 'daedeok', 'daegu', 'osong', 'songdo', 'wonju'].map(name => `portfolio/${name}.cplan`);
        const folder = JSON.parse(runCplan(['check', '--format', 'json', 'examples']).stdout);
        expect(folder.files.map((file: { path: string }) => file.path)).toEqual(['busan-marine-bio.cplan', 'daegu-draft.cplan', ...portfolio, 'wonju-medical-device.cplan'].map(name => `examples/${name}`));
        const here = JSON.parse(runCplan(['check', '--format', 'json'], { cwd: path.join(ROOT, 'examples') }).stdout);
        expect(here.files.map((file: { path: string }) => file.path)).toEqual(['busan-marine-bio.cplan', 'daegu-draft.cplan', ...portfolio, 'wonju-medical-device.cplan']);
    });

    test('JSON output follows the contract exactly', () => {
        const result = runCplan(['check', '--format', 'json', 'examples']);
        const report = JSON.parse(result.stdout);
        expect(Object.keys(report)).toEqual(['version', 'files', 'summary']);
        expect(report.version).toBe(1);
        for (const file of report.files) {
            expect(Object.keys(file)).toEqual(['path', 'diagnostics', 'waived']);
            for (const d of file.diagnostics) {
                // The contract's fields, then the elements the finding relates to, when there are any.
                expect(Object.keys(d).slice(0, 7)).toEqual(['code', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
                expect(Object.keys(d).slice(7)).toEqual(d.related ? ['related'] : []);
                for (const related of d.related ?? []) {
                    expect(Object.keys(related)).toEqual(['message', 'line', 'column', 'endLine', 'endColumn']);
                }
                expect(['error', 'warning', 'info', 'hint']).toContain(d.severity);
                expect(d.line).toBeGreaterThanOrEqual(1);
                expect(d.column).toBeGreaterThanOrEqual(1);
                expect(d.endLine * 1e6 + d.endColumn).toBeGreaterThanOrEqual(d.line * 1e6 + d.column);
            }
        }
        const all = report.files.flatMap((file: { diagnostics: Array<{ severity: string }> }) => file.diagnostics);
        expect(report.summary).toEqual({
            files: report.files.length,
            errors: all.filter((d: { severity: string }) => d.severity === 'error').length,
            warnings: all.filter((d: { severity: string }) => d.severity === 'warning').length,
            infos: all.filter((d: { severity: string }) => d.severity === 'info').length,
            hints: 0
        });
    });

    test('SARIF output is well-formed 2.1.0 with the catalogue in the driver and one result per diagnostic', () => {
        const json = JSON.parse(runCplan(['check', '--format', 'json', 'examples']).stdout);
        const sarif = JSON.parse(runCplan(['check', '--format', 'sarif', 'examples']).stdout);
        expect(sarif.version).toBe('2.1.0');
        expect(sarif.runs).toHaveLength(1);
        const { driver } = sarif.runs[0].tool;
        expect(driver.name).toBe('cplan');
        expect(driver.rules.map((rule: { id: string }) => rule.id)).toEqual(RULES.map(rule => rule.id));
        const results = sarif.runs[0].results;
        expect(results).toHaveLength(json.summary.errors + json.summary.warnings + json.summary.infos + json.summary.hints);
        for (const result of results) {
            expect(driver.rules[result.ruleIndex].id).toBe(result.ruleId);
            expect(['error', 'warning', 'note']).toContain(result.level);
            const location = result.locations[0].physicalLocation;
            expect(location.artifactLocation).toEqual({ uri: expect.stringMatching(/^examples\/.*\.cplan$/), uriBaseId: 'SRCROOT' });
            expect(location.region.startLine).toBeGreaterThanOrEqual(1);
        }
    });

    test('a missing path gives exit 2 and one line, and the other files are still checked', () => {
        const result = runCplan(['check', '--format', 'json', 'no/such/plan.cplan', 'examples/busan-marine-bio.cplan']);
        expect(result.status).toBe(2);
        expectOneCleanLine(result.stderr, /no\/such\/plan\.cplan/);
        expect(JSON.parse(result.stdout).files.map((file: { path: string }) => file.path)).toEqual(['examples/busan-marine-bio.cplan']);
    });

    test('a binary file gives exit 2 and one line', () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'image.cplan'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
        const result = runCplan(['check', path.join(dir, 'image.cplan')]);
        expect(result.status).toBe(2);
        expectOneCleanLine(result.stderr, /NUL/);
    });

    test('a file saved as EUC-KR gives exit 2 and a line that says how to fix it', () => {
        const dir = tempDir();
        writeFileSync(path.join(dir, 'euckr.cplan'), Buffer.from([0x70, 0x6c, 0x61, 0x6e, 0x20, 0xb4, 0xeb, 0xb1, 0xb8]));
        const result = runCplan(['check', path.join(dir, 'euckr.cplan')]);
        expect(result.status).toBe(2);
        expectOneCleanLine(result.stderr, /UTF-8/);
    });

    test('a folder without plans says so and exits 0', () => {
        const dir = tempDir();
        mkdirSync(path.join(dir, 'empty'));
        const result = runCplan(['check', path.join(dir, 'empty')]);
        expect(result.status).toBe(0);
        expectOneCleanLine(result.stderr, /\.cplan/);
    });

    test('bad flags, values and commands give exit 2 and one line', () => {
        for (const args of [['check', '--format', 'xml'], ['check', '--colour'], ['check', '--format'], ['frobnicate']]) {
            const result = runCplan(args);
            expect(result.status, args.join(' ')).toBe(2);
            expectOneCleanLine(result.stderr);
        }
    });

    test('a mistyped command or option names the one meant; a plan given without a command is shown how to check it', () => {
        const cases: Array<[string[], string]> = [
            [['chek', 'examples'], 'cplan: 알 수 없는 명령입니다: chek. 혹시 check을(를) 쓰려던 것인가요? (cplan --help 참고)'],
            [['generat', '--lang', 'en'], 'cplan: unknown command: generat; did you mean generate? (see cplan --help)'],
            [['check', '--fromat', 'json'], 'cplan: 알 수 없는 옵션입니다: --fromat. 혹시 --format을(를) 쓰려던 것인가요? (cplan --help 참고)'],
            [['frobnicate'], 'cplan: 알 수 없는 명령입니다: frobnicate (cplan --help 참고)'],
            [['examples/busan-marine-bio.cplan'], 'cplan: 명령이 빠졌습니다. 계획을 점검하려면: cplan check examples/busan-marine-bio.cplan (cplan --help 참고)'],
            [['--lang', 'en', 'examples'], 'cplan: the command is missing; to check the plan: cplan check examples (see cplan --help)']
        ];
        for (const [args, line] of cases) {
            const result = runCplan(args);
            expect(result.status, args.join(' ')).toBe(2);
            expect(result.stderr).toBe(`${line}\n`);
        }
    });
});

describe('cplan rules, --help and --version', () => {
    test('rules --format json lists the catalogue', () => {
        const rules = JSON.parse(runCplan(['rules', '--format', 'json']).stdout);
        expect(rules.map((rule: { id: string }) => rule.id)).toEqual(RULES.map(rule => rule.id));
        for (const rule of rules) {
            expect(rule).toMatchObject({ id: expect.any(String), category: expect.any(String), severity: expect.stringMatching(/^(error|warning|info|hint)$/) });
            expect(rule.message.ko).toBeTruthy();
            expect(rule.message.en).toBeTruthy();
        }
        // The keywords a rule names, in both spellings.
        expect(rules.find((rule: { id: string }) => rule.id === 'assessment-required').keywords).toEqual([
            { en: 'assessment', ko: '상황인식' }, { en: 'strength', ko: '강점' }, { en: 'weakness', ko: '약점' }
        ]);
        expect(rules.find((rule: { id: string }) => rule.id === 'short-term-agenda').keywords.map((keyword: { en: string }) => keyword.en))
            .toEqual(['goals', 'talent', 'infrastructure', 'workforce', 'policy', 'finance']);
    });

    test('rules (Markdown by default) has a table per category naming every rule', () => {
        const result = runCplan(['rules']);
        expect(result.status).toBe(0);
        for (const rule of RULES) {
            expect(result.stdout).toContain(`| \`${rule.id}\` |`);
        }
        expect(result.stdout).toContain('### 발전 로드맵');
        expect(result.stdout).toMatch(/^\| `horizon-ten-years` \|.*\| `horizon` · `계획기간` \|/m);
    });

    test('--help (or cplan help) explains the commands; --version prints the package version', () => {
        const help = runCplan(['--help']);
        expect(help.status).toBe(0);
        expect(help.stdout).toContain('cplan check');
        expect(runCplan(['help'])).toEqual(help);
        expect(runCplan(['--help', '--lang', 'en']).stdout).toContain('Usage:');
        const version = runCplan(['--version']);
        expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
    });
});
