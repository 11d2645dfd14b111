import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT, runCplan } from './cli-helpers.js';

let folder: string;
let plan: string;

beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'cplan-generate-'));
    plan = path.join(folder, 'busan.cplan');
    copyFileSync(path.join(ROOT, 'examples/busan-marine-bio.cplan'), plan);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const STACK_TRACE = /\n\s+at .+:\d+:\d+/;

/** A refusal: exit 2, exactly one line on stderr, nothing on stdout, no stack trace. */
function expectRefusal(result: ReturnType<typeof runCplan>, text: RegExp) {
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(text);
    expect(result.stderr).not.toMatch(STACK_TRACE);
}

describe('cplan generate', () => {
    test('writes the HTML next to the plan by default and prints the path written', () => {
        const result = runCplan(['generate', 'busan.cplan'], { cwd: folder });
        expect(result).toMatchObject({ status: 0, stdout: 'busan.html\n', stderr: '' });
        expect(readFileSync(path.join(folder, 'busan.html'), 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*원칙 점검표[\s\S]*<\/html>\n$/);
    });

    test('names the file after the format, and writes where --out says', () => {
        expect(runCplan(['generate', plan, '--format', 'md'])).toMatchObject({ status: 0, stdout: `${path.join(folder, 'busan.md')}\n` });
        expect(readFileSync(path.join(folder, 'busan.md'), 'utf8')).toContain('## 8. 원칙 점검표');
        const out = path.join(folder, 'plan-document.docx');
        expect(runCplan(['generate', plan, '--format', 'docx', '--out', out])).toMatchObject({ status: 0, stdout: `${out}\n` });
        expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    });

    test('scores the rules with the plan\'s rule settings, as check does: a rule set to off shows as off', () => {
        const configured = mkdtempSync(path.join(tmpdir(), 'cplan-generate-config-'));
        try {
            const withoutGlobal = path.join(configured, 'plan.cplan');
            writeFileSync(withoutGlobal, readFileSync(plan, 'utf8').replaceAll('tier global', 'tier national'));
            writeFileSync(path.join(configured, 'cplan.config.json'), JSON.stringify({ rules: { 'world-class-research': 'off' } }));
            expect(runCplan(['check', withoutGlobal]).status).toBe(0);
            expect(runCplan(['generate', withoutGlobal, '--format', 'md']).status).toBe(0);
            const document = readFileSync(path.join(configured, 'plan.md'), 'utf8');
            expect(document).toMatch(/`world-class-research`[^\n]*점검 끔/);
            expect(document).not.toMatch(/`world-class-research`[^\n]*미충족/);
        } finally {
            rmSync(configured, { recursive: true, force: true });
        }
    });

    test('--lang en writes the document in English whatever the plan says', () => {
        const out = path.join(folder, 'english.md');
        expect(runCplan(['generate', plan, '--format', 'md', '--lang', 'en', '--out', out]).status).toBe(0);
        expect(readFileSync(out, 'utf8')).toContain('## 8. Principles scorecard');
    });

    test('refuses to overwrite its input, leaving it untouched', () => {
        const before = readFileSync(plan);
        expectRefusal(runCplan(['generate', plan, '--out', plan]), /입력한 계획 파일과 같습니다/);
        expectRefusal(runCplan(['generate', 'busan.cplan', '--out', './busan.cplan', '--lang', 'en'], { cwd: folder }), /overwrite the input plan/);
        expect(readFileSync(plan)).toEqual(before);
    });

    test('refuses any .cplan output path', () => {
        const other = path.join(folder, 'other.cplan');
        writeFileSync(other, 'plan Other "다른 계획" {}');
        expectRefusal(runCplan(['generate', plan, '--out', other]), /\.cplan 파일에는 문서를 쓰지 않습니다/);
        expectRefusal(runCplan(['generate', plan, '--out', path.join(folder, 'new.CPLAN')]), /\.cplan/);
        expect(readFileSync(other, 'utf8')).toBe('plan Other "다른 계획" {}');
        expect(existsSync(path.join(folder, 'new.CPLAN'))).toBe(false);
    });

    test('refuses to write over a named pipe or a device, or a link to one, which the rename would replace', () => {
        const pipe = path.join(folder, 'pipe.html');
        execFileSync('mkfifo', [pipe]);
        expectRefusal(runCplan(['generate', plan, '--out', pipe]), /^cplan: 일반 파일이 아닌 곳에는 문서를 쓰지 않습니다 \(파이프나 장치 파일\): .*pipe\.html$/m);
        expectRefusal(runCplan(['generate', plan, '--out', pipe, '--format', 'hwpx', '--lang', 'en']), /not a regular file \(a pipe or a device\)/);
        expect(lstatSync(pipe).isFIFO()).toBe(true);
        if (process.getuid?.() === 0) {
            // As root the document's rename would replace even /dev/null; a copy of it stands in.
            const device = path.join(folder, 'null-device');
            execFileSync('mknod', [device, 'c', '1', '3']);
            expectRefusal(runCplan(['generate', plan, '--out', device]), /파이프나 장치 파일/);
            expect(lstatSync(device).isCharacterDevice()).toBe(true);
        }
        // A link is followed: to a pipe it is refused too.
        const link = path.join(folder, 'link.html');
        symlinkSync(pipe, link);
        expectRefusal(runCplan(['generate', plan, '--out', link]), /파이프나 장치 파일/);
        expect(lstatSync(pipe).isFIFO()).toBe(true);
    });

    test('writes through a link to the file it names, and a document written again keeps its permissions', () => {
        const shared = path.join(folder, 'shared.html');
        writeFileSync(shared, 'old');
        chmodSync(shared, 0o640);
        const link = path.join(folder, 'latest.html');
        symlinkSync(shared, link);
        expect(runCplan(['generate', plan, '--out', link]).status).toBe(0);
        expect(lstatSync(link).isSymbolicLink()).toBe(true);
        expect(readFileSync(shared, 'utf8')).toContain('<html');
        expect(statSync(shared).mode & 0o777).toBe(0o640);
    });

    test('gives exit 2 and one line when the folder cannot be written or does not exist', () => {
        const regularFile = path.join(folder, 'not-a-folder');
        writeFileSync(regularFile, 'x');
        expectRefusal(runCplan(['generate', plan, '--out', path.join(regularFile, 'plan.html')]), /문서를 저장할 수 없습니다 \(ENOTDIR\)/);
        expectRefusal(runCplan(['generate', plan, '--out', '/proc/cplan-plan.html']), /문서를 저장할 수 없습니다/);
        expectRefusal(runCplan(['generate', plan, '--out', path.join(folder, 'missing', 'plan.html')]), /ENOENT/);
    });

    test('refuses a plan with syntax errors, listing them, and writes nothing', () => {
        const broken = path.join(folder, 'broken.cplan');
        writeFileSync(broken, 'plan Broken "깨진 계획" {\n    region\n    horizon 2026 to\n}\n');
        const result = runCplan(['generate', broken]);
        expect(result.status).toBe(1);
        const lines = result.stderr.trimEnd().split('\n');
        expect(lines[0]).toMatch(/문법 오류가 있어 문서를 만들지 않았습니다/);
        expect(lines.slice(1).length).toBeGreaterThan(0);
        expect(lines.slice(1).every(line => /broken\.cplan:\d+:\d+ .*\[syntax\]$/.test(line))).toBe(true);
        expect(result.stderr).not.toMatch(STACK_TRACE);
        expect(existsSync(path.join(folder, 'broken.html'))).toBe(false);
    });

    test('reports a missing plan or a missing file argument with exit 2', () => {
        expectRefusal(runCplan(['generate', path.join(folder, 'nowhere.cplan')]), /경로를 찾을 수 없습니다|파일을 읽을 수 없습니다/);
        expectRefusal(runCplan(['generate']), /계획 파일 하나/);
        expectRefusal(runCplan(['generate', '--format', 'pdf', plan]), /pdf/);
    });

    test('leaves no temporary file behind', () => {
        expect(readdirSync(folder).filter(name => name.endsWith('.tmp'))).toEqual([]);
    });
});
