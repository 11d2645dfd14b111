import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { runCplan } from './cli-helpers.js';

let folder: string;

beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'cplan-init-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const STACK_TRACE = /\n\s+at .+:\d+:\d+/;

/** A refusal: exit 2, one line on stderr, nothing on stdout, no stack trace. */
function expectRefusal(result: ReturnType<typeof runCplan>, text: RegExp) {
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.trimEnd()).toMatch(text);
    expect(result.stderr).not.toMatch(STACK_TRACE);
}

/** The codes `cplan check` reports for a file. */
function codes(file: string): string[] {
    const result = runCplan(['check', file, '--format', 'json']);
    return JSON.parse(result.stdout).files[0].diagnostics.map((diagnostic: { code: string }) => diagnostic.code);
}

/** What `cplan check` reports on a skeleton: its blanks and the choices "New plan" asks for, left open. */
const FILL_IN_CODES = [
    'agency-budget', 'assessment-required', 'consensus-required', 'horizon-ten-years', 'ip-protection', 'outsourcing-plan',
    'private-led', 'value-chain-position', 'vision-choices', 'vision-choices', 'vision-choices'
];

describe('cplan init', () => {
    test('writes plan.cplan in the working folder and prints its path; the plan checks with only blanks and open choices', () => {
        const result = runCplan(['init', '--region', '부산광역시'], { cwd: folder });
        expect(result).toMatchObject({ status: 0, stdout: 'plan.cplan\n', stderr: '' });
        const text = readFileSync(path.join(folder, 'plan.cplan'), 'utf8');
        // Keywords in the language of the skeleton, Korean unless --lang en.
        expect(text).toMatch(/^계획 부산광역시 "부산광역시 바이오클러스터 발전계획 \d{4}–\d{4}" \{$/m);
        expect(text).toMatch(/^ {4}문서언어 한국어$/m);
        expect(codes(path.join(folder, 'plan.cplan')).sort()).toEqual(FILL_IN_CODES);
        expect(readdirSync(folder)).toEqual(['plan.cplan']);
    });

    test('a region with quotes and a backslash stays one name: the plan checks with the same blanks and open choices', () => {
        expect(runCplan(['init', '--region', '경상"남"도 \\ 서부'], { cwd: folder }).status).toBe(0);
        expect(readFileSync(path.join(folder, 'plan.cplan'), 'utf8')).toMatch(/^ {4}대상지역 "경상\\"남\\"도 \\\\ 서부"$/m);
        expect(codes(path.join(folder, 'plan.cplan')).sort()).toEqual(FILL_IN_CODES);
    });

    test('--lang en writes the skeleton in English, keywords included, and speaks in English', () => {
        const result = runCplan(['init', 'english.cplan', '--lang', 'en'], { cwd: folder });
        expect(result).toMatchObject({ status: 0, stdout: 'english.cplan\n' });
        const text = readFileSync(path.join(folder, 'english.cplan'), 'utf8');
        expect(text).toMatch(/^ {4}language en$/m);
        expect(text).toContain('// ── Stage 4: short- and long-term tasks, run in parallel ──');
        expect(text).toContain('region "<region>"');
        expect(codes(path.join(folder, 'english.cplan')).sort()).toEqual(FILL_IN_CODES);
        expectRefusal(runCplan(['init', 'english.cplan', '--lang', 'en'], { cwd: folder }), /^cplan: refusing to overwrite an existing file; choose another name: english\.cplan$/);
    });

    test('--keywords ko writes Korean keywords whatever --lang says: the plan checks with the same blanks, and cplan convert finds nothing to change', () => {
        const result = runCplan(['init', 'korean.cplan', '--keywords', 'ko', '--lang', 'en'], { cwd: folder });
        expect(result).toMatchObject({ status: 0, stdout: 'korean.cplan\n' });
        const text = readFileSync(path.join(folder, 'korean.cplan'), 'utf8');
        expect(text).toMatch(/^계획 /m);
        expect(text).toMatch(/^ {4}문서언어 영어$/m);
        expect(text).toContain('// ── Stage 4: short- and long-term tasks, run in parallel ──');
        expect(codes(path.join(folder, 'korean.cplan')).sort()).toEqual(FILL_IN_CODES);
        expect(runCplan(['convert', '--keywords', 'ko', '--check', 'korean.cplan'], { cwd: folder }).status).toBe(0);
        expect(runCplan(['init', 'bad.cplan', '--keywords', 'jp'], { cwd: folder }).status).toBe(2);
    });

    test('--keywords en writes English keywords in a Korean skeleton', () => {
        expect(runCplan(['init', 'mixed.cplan', '--keywords', 'en'], { cwd: folder }).status).toBe(0);
        const text = readFileSync(path.join(folder, 'mixed.cplan'), 'utf8');
        expect(text).toMatch(/^plan /m);
        expect(text).toMatch(/^ {4}language ko$/m);
        expect(text).toContain('region "<지역 이름>"');
        expect(codes(path.join(folder, 'mixed.cplan')).sort()).toEqual(FILL_IN_CODES);
    });

    test('never overwrites: a second and a third run refuse alike and leave the plan as it was', () => {
        const plan = path.join(folder, '부산 계획.cplan');
        expect(runCplan(['init', plan]).status).toBe(0);
        writeFileSync(plan, 'plan Mine "내가 쓴 계획" { }\n');
        for (let run = 0; run < 2; run++) {
            expectRefusal(runCplan(['init', plan]), /^cplan: 이미 있는 파일은 덮어쓰지 않습니다\. 다른 이름을 지정하세요: .*부산 계획\.cplan$/);
            expect(readFileSync(plan, 'utf8')).toBe('plan Mine "내가 쓴 계획" { }\n');
        }
        expect(readdirSync(folder)).toEqual(['부산 계획.cplan']);
    });

    test('refuses a name taken by a link, even a broken one', () => {
        symlinkSync(path.join(folder, 'nowhere.cplan'), path.join(folder, 'dangling.cplan'));
        expectRefusal(runCplan(['init', 'dangling.cplan'], { cwd: folder }), /^cplan: 이미 있는 파일은 덮어쓰지 않습니다\. 다른 이름을 지정하세요: dangling\.cplan$/);
        expect(readdirSync(folder)).toEqual(['dangling.cplan']);
    });

    test('a folder gets plan.cplan inside it', () => {
        mkdirSync(path.join(folder, 'plans'));
        expect(runCplan(['init', 'plans'], { cwd: folder })).toMatchObject({ status: 0, stdout: `${path.join('plans', 'plan.cplan')}\n` });
        expect(readdirSync(path.join(folder, 'plans'))).toEqual(['plan.cplan']);
    });

    test('refuses a name that does not end in .cplan, a missing folder and a second file', () => {
        expectRefusal(runCplan(['init', 'plan.txt'], { cwd: folder }), /^cplan: 계획 파일의 이름은 \.cplan으로 끝나야 합니다 .*: plan\.txt$/);
        expectRefusal(runCplan(['init', 'no/such/folder/plan.cplan', '--lang', 'en'], { cwd: folder }), /^cplan: cannot write the plan file \(ENOENT\): no\/such\/folder\/plan\.cplan$/);
        expectRefusal(runCplan(['init', 'a.cplan', 'b.cplan'], { cwd: folder }), /^cplan: init에는 새 계획 파일 하나만 지정하세요/);
        expect(readdirSync(folder)).toEqual([]);
    });
});
