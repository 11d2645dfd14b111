import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CLI, ROOT, runCplan, type RunResult } from './cli-helpers.js';

/**
 * What `cplan check` does with input a planner may really give it: every case ends in a
 * clear one-line message and the exit status of the contract (0 clean, 1 errors, 2 work left
 * undone), never a stack trace, and the files it can read are still checked.
 */
const root = mkdtempSync(path.join(tmpdir(), 'cplan-bad-input-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const clean = readFileSync(new URL('../examples/busan-marine-bio.cplan', import.meta.url), 'utf8');
const draft = readFileSync(new URL('../examples/daegu-draft.cplan', import.meta.url), 'utf8');

/** A fresh folder for one case, with the given files (text is written as UTF-8). */
function folder(name: string, files: Record<string, string | Buffer> = {}): string {
    const dir = path.join(root, name);
    mkdirSync(dir, { recursive: true });
    for (const [file, content] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), content);
    }
    return dir;
}

function check(cwd: string, ...args: string[]): RunResult {
    return runCplan(['check', ...args], { cwd });
}

const stderrLines = (result: RunResult) => result.stderr.split('\n').filter(line => line !== '');

function expectNoStackTrace(result: RunResult): void {
    expect(result.stderr).not.toMatch(/^\s*at /m);
    expect(result.stdout).not.toMatch(/^\s*at /m);
}

interface JsonReport { files: Array<{ path: string; diagnostics: Array<{ code: string; line: number; column: number; endLine: number; endColumn: number; message: string }> }> }
const json = (result: RunResult) => JSON.parse(result.stdout) as JsonReport;

/** "부산" in CP949/EUC-KR, as an old Korean Windows editor saves it. */
const CP949_BUSAN = Buffer.from([0xba, 0xce, 0xbb, 0xea]);

describe('cplan check on bad input', () => {
    test('a missing path: one line naming it, exit 2', () => {
        const result = check(folder('missing'), 'nowhere.cplan');
        expect(result.status).toBe(2);
        expect(stderrLines(result)).toEqual(['cplan: 경로를 찾을 수 없습니다: nowhere.cplan']);
        expectNoStackTrace(result);
    });

    test('an empty file: one syntax error at line 1, column 1, exit 1', () => {
        const result = check(folder('empty', { 'empty.cplan': '' }), '--format', 'json', 'empty.cplan');
        expect(result.status).toBe(1);
        expect(json(result).files[0].diagnostics).toEqual([
            expect.objectContaining({ code: 'syntax', line: 1, column: 1, endLine: 1, endColumn: 1 })
        ]);
        expect(result.stderr).toBe('');
    });

    test('a folder with no plans: says so, exit 0', () => {
        const dir = folder('no-plans', { 'notes.txt': 'plan X "t" {}' });
        const result = check(dir, '.');
        expect(result.status).toBe(0);
        expect(stderrLines(result)).toEqual(['cplan: .cplan 파일이 없습니다: .']);
        expectNoStackTrace(result);
    });

    test('a binary file: refused as not text, exit 2', () => {
        const result = check(folder('binary', { 'image.cplan': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]) }), 'image.cplan');
        expect(result.status).toBe(2);
        expect(stderrLines(result)).toEqual(['cplan: 텍스트 파일이 아닙니다 (NUL 바이트가 있습니다): image.cplan']);
        expectNoStackTrace(result);
    });

    test('invalid UTF-8 (saved as CP949): refused with advice to save as UTF-8, in English with --lang en, exit 2', () => {
        const bytes = Buffer.concat([Buffer.from('plan P "'), CP949_BUSAN, Buffer.from('" {}\n')]);
        const result = check(folder('cp949', { 'busan.cplan': bytes }), '--lang', 'en', 'busan.cplan');
        expect(result.status).toBe(2);
        expect(stderrLines(result)).toEqual(['cplan: not valid UTF-8 (if it was saved as CP949/EUC-KR, save it again as UTF-8): busan.cplan']);
        expectNoStackTrace(result);
    });

    test('UTF-16 with a byte-order mark (Notepad\'s "Unicode"): refused with advice to save as UTF-8, not called binary, exit 2', () => {
        const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('plan 부산 "계획" {}\n', 'utf16le')]);
        const result = check(folder('utf16', { 'busan.cplan': utf16 }), 'busan.cplan');
        expect(result.status).toBe(2);
        expect(stderrLines(result)).toEqual(['cplan: UTF-16(유니코드)으로 저장된 파일입니다. UTF-8로 다시 저장하세요: busan.cplan']);
        expectNoStackTrace(result);
    });

    test('a UTF-8 byte-order mark: checked, with the same lines and columns as without it', () => {
        const dir = folder('bom', { 'plain.cplan': draft, 'bom.cplan': `\uFEFF${draft}` });
        const plain = json(check(dir, '--format', 'json', 'plain.cplan')).files[0].diagnostics;
        const result = check(dir, '--format', 'json', 'bom.cplan');
        expect(result.status).toBe(1);
        expect(json(result).files[0].diagnostics).toEqual(plain);
        expect(plain.length).toBeGreaterThan(5);
    });

    test.each([['CRLF', '\r\n'], ['CR-only', '\r']])('%s line ends: the same lines and columns as the LF file', (_name, ending) => {
        // A syntax error near the end and rule findings all over the file.
        const broken = draft.replace(/\n\}\s*$/, '\n    task T9 "미완성" { term }\n}\n');
        const dir = folder(`line-ends-${ending.length}`, { 'lf.cplan': broken, 'other.cplan': broken.replace(/\n/g, ending) });
        const lf = json(check(dir, '--format', 'json', 'lf.cplan')).files[0].diagnostics;
        const result = check(dir, '--format', 'json', 'other.cplan');
        expect(result.status).toBe(1);
        expect(json(result).files[0].diagnostics).toEqual(lf);
        expect(lf.map(d => d.code)).toContain('syntax');
    });

    test('a 20 MB file: refused with its size and the 5 MB limit, exit 2', () => {
        const huge = `plan Big "큰 계획" {\n${`    // ${'가'.repeat(60)}\n`.repeat(115_000)}}\n`;
        expect(Buffer.byteLength(huge)).toBeGreaterThan(20 * 1024 * 1024);
        const result = check(folder('huge', { 'big.cplan': huge }), 'big.cplan');
        expect(result.status).toBe(2);
        expect(stderrLines(result)).toEqual([expect.stringMatching(/^cplan: 파일이 너무 큽니다 \(2\d\.\d MB, 최대 5 MB\): big\.cplan$/)]);
        expectNoStackTrace(result);
    });

    test('a symbolic-link loop inside a folder: the walk ends, each plan is checked once, a looping plan link is reported', () => {
        const dir = folder('loop', { 'plans/busan.cplan': clean });
        symlinkSync('..', path.join(dir, 'plans', 'up'));
        symlinkSync('.', path.join(dir, 'plans', 'here'));
        symlinkSync('self.cplan', path.join(dir, 'plans', 'self.cplan'));
        const result = check(dir, '--format', 'json', 'plans');
        expect(result.status).toBe(2);
        expect(json(result).files.map(file => file.path)).toEqual([path.join('plans', 'busan.cplan')]);
        expect(stderrLines(result)).toEqual([`cplan: 파일을 읽을 수 없습니다 (ELOOP): ${path.join('plans', 'self.cplan')}`]);
        expectNoStackTrace(result);
    });

    // Tests run as root, for whom a chmod 000 file is still readable. A named pipe is honestly
    // unreadable as a plan: reading it would wait for a writer forever.
    test('an unreadable file (a named pipe called plan.cplan): refused at once, exit 2', () => {
        const dir = folder('fifo');
        execFileSync('mkfifo', [path.join(dir, 'plan.cplan')]);
        const result = check(dir, 'plan.cplan');
        expect(result.status).toBe(2);
        expect(stderrLines(result)).toEqual(['cplan: 일반 파일이 아니어서 읽지 않았습니다 (파이프나 장치 파일): plan.cplan']);
        expectNoStackTrace(result);
    });

    test('a device given as the path (/dev/zero): refused at once instead of read without end, exit 2', () => {
        const result = check(folder('device'), '/dev/zero');
        expect(result.status).toBe(2);
        expect(stderrLines(result)).toEqual(['cplan: 일반 파일이 아니어서 읽지 않았습니다 (파이프나 장치 파일): /dev/zero']);
    });

    test('a folder named like a plan (x.cplan/): walked as a folder, no plans in it, exit 0', () => {
        const dir = folder('dir-named-plan');
        mkdirSync(path.join(dir, 'x.cplan'));
        const result = check(dir, 'x.cplan');
        expect(result.status).toBe(0);
        expect(stderrLines(result)).toEqual(['cplan: .cplan 파일이 없습니다: x.cplan']);
    });

    test('paths with spaces and Hangul: checked and reported under the path given', () => {
        const dir = folder('spaces', { '내 계획 폴더/부산 해양 바이오.cplan': clean });
        const result = check(dir, '--format', 'json', '내 계획 폴더');
        expect(result.status).toBe(0);
        expect(json(result).files).toEqual([expect.objectContaining({ path: path.join('내 계획 폴더', '부산 해양 바이오.cplan'), diagnostics: [] })]);
        expect(result.stderr).toBe('');
        const text = check(dir, path.join('내 계획 폴더', '부산 해양 바이오.cplan'));
        expect(text.status).toBe(0);
    });

    test('readable files beside unreadable ones are still checked and reported; one line per problem, exit 2', () => {
        const dir = folder('mixed', {
            'plans/a-clean.cplan': clean,
            'plans/b-draft.cplan': draft,
            'plans/c-binary.cplan': Buffer.from([0, 1, 2]),
            'plans/d-cp949.cplan': Buffer.concat([Buffer.from('plan '), CP949_BUSAN]),
            'plans/e-huge.cplan': Buffer.alloc(6 * 1024 * 1024, 0x20)
        });
        execFileSync('mkfifo', [path.join(dir, 'plans', 'f-pipe.cplan')]);
        const result = check(dir, '--format', 'json', 'plans', 'missing-folder');
        expect(result.status).toBe(2);
        const report = json(result);
        expect(report.files.map(file => file.path)).toEqual([path.join('plans', 'a-clean.cplan'), path.join('plans', 'b-draft.cplan')]);
        expect(report.files[1].diagnostics.length).toBeGreaterThan(5);
        expect(stderrLines(result)).toEqual([
            'cplan: 경로를 찾을 수 없습니다: missing-folder',
            `cplan: 텍스트 파일이 아닙니다 (NUL 바이트가 있습니다): ${path.join('plans', 'c-binary.cplan')}`,
            `cplan: UTF-8로 저장된 파일이 아닙니다 (CP949/EUC-KR로 저장했다면 UTF-8로 다시 저장하세요): ${path.join('plans', 'd-cp949.cplan')}`,
            `cplan: 파일이 너무 큽니다 (6.0 MB, 최대 5 MB): ${path.join('plans', 'e-huge.cplan')}`,
            `cplan: 일반 파일이 아니어서 읽지 않았습니다 (파이프나 장치 파일): ${path.join('plans', 'f-pipe.cplan')}`
        ]);
        expectNoStackTrace(result);
    });
});

describe('cplan output nobody reads to the end', () => {
    /** Runs `cplan` with its output into a pipe that is closed before `cplan` writes to it, as `cplan … | head -0` does. */
    function withClosedOutput(args: readonly string[]): Promise<{ status: number | null; stderr: string }> {
        return new Promise((resolve, reject) => {
            const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
            child.stdout.destroy();
            let stderr = '';
            child.stderr.on('data', chunk => { stderr += chunk; });
            child.on('error', reject);
            child.on('close', status => resolve({ status, stderr }));
        });
    }

    test('a reader that stops early: no message, and the exit status of the command (0 listed, 1 errors found)', async () => {
        expect(await withClosedOutput(['rules', '--format', 'json'])).toEqual({ status: 0, stderr: '' });
        expect(await withClosedOutput(['check', 'examples/daegu-draft.cplan'])).toEqual({ status: 1, stderr: '' });
    });

    test.runIf(existsSync('/dev/full'))('output to a full disk: one line naming the failure, exit 2', () => {
        const full = openSync('/dev/full', 'w');
        try {
            const result = spawnSync(process.execPath, [CLI, 'check', 'examples/busan-marine-bio.cplan'], { cwd: ROOT, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
            expect(result.status).toBe(2);
            expect(result.stderr).toMatch(/^cplan: ENOSPC: no space left on device, write\n$/);
        } finally {
            closeSync(full);
        }
    });
});
