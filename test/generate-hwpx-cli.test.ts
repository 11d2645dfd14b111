import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CLI, ROOT, runCplan } from './cli-helpers.js';
import { partsOf, textPart } from './hwpx-helpers.js';

let folder: string;
let plan: string;

beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'cplan-hwpx-'));
    plan = path.join(folder, 'busan.cplan');
    copyFileSync(path.join(ROOT, 'examples/busan-marine-bio.cplan'), plan);
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('cplan generate --format hwpx', () => {
    test('writes busan.hwpx next to the plan, with its three figures as pictures', () => {
        const result = runCplan(['generate', 'busan.cplan', '--format', 'hwpx'], { cwd: folder });
        expect(result).toMatchObject({ status: 0, stdout: 'busan.hwpx\n', stderr: '' });
        const parts = partsOf(readFileSync(path.join(folder, 'busan.hwpx')));
        expect([...parts.keys()][0]).toBe('mimetype');
        expect(textPart(parts, 'Contents/section0.xml')).toContain('8. 원칙 점검표');
        expect([...parts.keys()].filter(name => name.startsWith('BinData/'))).toHaveLength(3);
    });

    test('needs nothing but the bundles of cplan and out/figures/: a copy of them far from node_modules draws the figures', () => {
        const alone = path.join(folder, 'alone');
        cpSync(path.join(ROOT, 'out/figures'), path.join(alone, 'figures'), { recursive: true });
        // The start-up file, the command it runs and the DOCX bundle.
        for (const bundle of readdirSync(path.dirname(CLI)).filter(name => /^cli(-\w+)?\.cjs$/.test(name))) {
            copyFileSync(path.join(path.dirname(CLI), bundle), path.join(alone, bundle));
        }
        const out = path.join(folder, 'alone.hwpx');
        const result = spawnSync(process.execPath, [path.join(alone, 'cli.cjs'), 'generate', plan, '--format', 'hwpx', '--out', out], { cwd: alone, encoding: 'utf8' });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        expect(readFileSync(out)).toEqual(readFileSync(path.join(folder, 'busan.hwpx')));
    });

    test('--lang en writes the document in English', () => {
        const out = path.join(folder, 'english.hwpx');
        expect(runCplan(['generate', plan, '--format', 'hwpx', '--lang', 'en', '--out', out]).status).toBe(0);
        expect(textPart(partsOf(readFileSync(out)), 'Contents/section0.xml')).toContain('8. Principles scorecard');
    });

    test('refuses, as for every format, to write over the plan or any .cplan file, and leaves them untouched', () => {
        const before = readFileSync(plan);
        const other = path.join(folder, 'other.cplan');
        writeFileSync(other, 'plan Other "다른 계획" {}');
        for (const out of [plan, other]) {
            const result = runCplan(['generate', plan, '--format', 'hwpx', '--out', out]);
            expect(result.status).toBe(2);
            expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
        }
        expect(readFileSync(plan)).toEqual(before);
        expect(readFileSync(other, 'utf8')).toBe('plan Other "다른 계획" {}');
    });

    test('writes nothing for a plan with syntax errors, and leaves no temporary file', () => {
        const broken = path.join(folder, 'broken.cplan');
        writeFileSync(broken, 'plan Broken "깨진 계획" {\n    region\n}\n');
        expect(runCplan(['generate', broken, '--format', 'hwpx']).status).toBe(1);
        expect(existsSync(path.join(folder, 'broken.hwpx'))).toBe(false);
        expect(readdirSync(folder).filter(name => name.endsWith('.tmp'))).toEqual([]);
    });
});
