import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCplan } from './cli-helpers.js';
import { example } from './helpers.js';

/** A folder is checked in batches; every file must still be reported as if checked alone. */

const folder = mkdtempSync(path.join(tmpdir(), 'cplan-folder-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// More plans than one batch holds; names repeat across files, as they may.
const names: string[] = [];
for (let i = 0; i < 120; i++) {
    const name = `plan-${String(i).padStart(3, '0')}.cplan`;
    writeFileSync(path.join(folder, name), example(i % 2 === 0 ? 'busan-marine-bio.cplan' : 'daegu-draft.cplan'));
    names.push(name);
}
// Refers to an element that only other files declare: names never resolve across files.
writeFileSync(path.join(folder, 'plan-999.cplan'), 'plan Lonely "x" {\n    task T "t" { owner BMBA }\n}\n');
names.push('plan-999.cplan');

interface Report { files: Array<{ path: string; diagnostics: unknown[]; waived: unknown[] }>; summary: Record<string, number> }

describe('cplan check on a folder', () => {
    test('reports every file in order, each exactly as when checked alone', () => {
        const result = runCplan(['check', folder, '--format', 'json']);
        expect(result.status).toBe(1);
        const report = JSON.parse(result.stdout) as Report;
        expect(report.files.map(file => path.basename(file.path))).toEqual(names);
        expect(report.summary.files).toBe(names.length);
        for (const index of [0, 1, 49, 50, 51, 100, 119, 120]) {
            const alone = JSON.parse(runCplan(['check', path.join(folder, names[index]), '--format', 'json']).stdout) as Report;
            expect(report.files[index].diagnostics).toEqual(alone.files[0].diagnostics);
            expect(report.files[index].waived).toEqual(alone.files[0].waived);
        }
        expect(report.files[120].diagnostics).toContainEqual(expect.objectContaining({ code: 'reference', line: 2 }));
    }, 60_000);
});
