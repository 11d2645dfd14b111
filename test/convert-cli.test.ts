import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCplan } from './cli-helpers.js';
import { example } from './helpers.js';

function folderWith(files: Record<string, string>): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'cplan-convert-'));
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
        writeFileSync(path.join(folder, name), text);
    }
    return folder;
}

const read = (folder: string, name: string) => readFileSync(path.join(folder, name), 'utf8');

/** Keyword-spelled names, strings and comments that name keywords, money units, `~`, odd spacing. */
const TRICKY = `\uFEFF// plan horizon task: 주석은 그대로\r
plan 계획 "plan horizon 계획기간" {\r
    horizon 2026~2037\r
    leadership   private /* leadership government */\r
    agency research "research" { budget 120억원 independent }\r
    firm 연구 "firm" { star }\r
    task 과제 "task" { owner research period 2026to 2028 goals research,talent }\r
}\r
`;

describe('cplan convert', () => {
    test('en → ko → en gives every example back byte for byte, and --check tells the spelling', () => {
        const files = { 'busan.cplan': example('busan-marine-bio.cplan'), 'sub/daegu.cplan': example('daegu-draft.cplan'), 'tricky.cplan': TRICKY };
        const folder = folderWith(files);
        expect(runCplan(['convert', '--keywords', 'en', '--check', folder]).status).toBe(0);
        const check = runCplan(['convert', '--keywords', 'ko', '--check', folder, '--lang', 'en']);
        expect(check.status).toBe(1);
        expect(check.stdout.trim().split('\n')).toHaveLength(3);
        expect(check.stdout).toMatch(/busan\.cplan: \d+ keyword\(s\) not in Korean keywords/);
        expect(read(folder, 'busan.cplan')).toBe(files['busan.cplan']);

        const toKorean = runCplan(['convert', '--keywords', 'ko', folder]);
        expect(toKorean.status, toKorean.stderr).toBe(0);
        expect(toKorean.stdout).toContain('키워드');
        const korean = read(folder, 'busan.cplan');
        expect(korean).toContain('계획 BusanMarineBio');
        expect(korean).toContain('    계획기간 2026 부터 2037\n    주도 민간\n');
        expect(korean).not.toMatch(/^\s*(horizon|leadership|agency|task)\b/m);
        expect(runCplan(['convert', '--keywords', 'ko', '--check', folder]).status).toBe(0);
        // Idempotent: nothing left to convert, nothing written.
        const again = runCplan(['convert', '--keywords', 'ko', folder]);
        expect([again.status, again.stdout]).toEqual([0, '']);
        expect(read(folder, 'busan.cplan')).toBe(korean);

        expect(runCplan(['convert', '--keywords', 'en', folder]).status).toBe(0);
        for (const [name, text] of Object.entries(files)) {
            expect(read(folder, name), name).toBe(text);
        }
        // No temporary file is left beside the plans.
        expect(readdirSync(folder).sort()).toEqual(['busan.cplan', 'sub', 'tricky.cplan']);
    });

    test('only keyword tokens change: names spelled like keywords, strings, comments, units, ~ and spacing stay', () => {
        const folder = folderWith({ 'tricky.cplan': TRICKY });
        expect(runCplan(['convert', '--keywords', 'ko', path.join(folder, 'tricky.cplan')]).status).toBe(0);
        expect(read(folder, 'tricky.cplan')).toBe(`\uFEFF// plan horizon task: 주석은 그대로\r
계획 계획 "plan horizon 계획기간" {\r
    계획기간 2026~2037\r
    주도   민간 /* leadership government */\r
    전담기구 research "research" { 예산 120억원 독립 }\r
    기업 연구 "firm" { 스타기업 }\r
    과제 과제 "task" { 담당 research 기간 2026부터 2028 목표 연구,핵심인력 }\r
}\r
`);
        expect(runCplan(['check', path.join(folder, 'tricky.cplan'), '--format', 'json']).stdout).not.toContain('"syntax"');
    });

    test('a plan with a syntax error is left as it is, with one line saying so, and exit status 2', () => {
        const broken = 'plan P "p" {\n    horizon 2026 2037\n}\n';
        const folder = folderWith({ 'broken.cplan': broken, 'fine.cplan': 'plan Q "q" { leadership private }\n' });
        const result = runCplan(['convert', '--keywords', 'ko', folder]);
        expect(result.status).toBe(2);
        expect(result.stderr.trim().split('\n')).toEqual([`cplan: 문법 오류가 있어 키워드를 바꾸지 않았습니다 (1개): ${path.join(folder, 'broken.cplan')}`]);
        expect(read(folder, 'broken.cplan')).toBe(broken);
        expect(read(folder, 'fine.cplan')).toBe('계획 Q "q" { 주도 민간 }\n');
    });

    test('a linked plan is converted where it lies, the link kept; a plan keeps its permissions', () => {
        const folder = folderWith({ 'shared/busan.cplan': example('busan-marine-bio.cplan'), 'plans/private.cplan': example('daegu-draft.cplan') });
        symlinkSync(path.join('..', 'shared', 'busan.cplan'), path.join(folder, 'plans', 'busan.cplan'));
        chmodSync(path.join(folder, 'plans', 'private.cplan'), 0o600);
        expect(runCplan(['convert', '--keywords', 'ko', path.join(folder, 'plans')]).status).toBe(0);
        expect(lstatSync(path.join(folder, 'plans', 'busan.cplan')).isSymbolicLink()).toBe(true);
        expect(read(folder, 'shared/busan.cplan')).toContain('계획기간 2026 부터 2037');
        expect(read(folder, 'plans/private.cplan')).toMatch(/^계획 /m);
        expect(statSync(path.join(folder, 'plans', 'private.cplan')).mode & 0o777).toBe(0o600);
    });

    test('without --keywords or a path it says how to call it', () => {
        for (const args of [['convert', 'x.cplan'], ['convert', '--keywords', 'ko']]) {
            const result = runCplan(args);
            expect(result.status).toBe(2);
            expect(result.stderr).toContain('--keywords ko|en');
        }
        expect(runCplan(['convert', '--keywords', 'jp', 'x.cplan']).status).toBe(2);
    });
});
