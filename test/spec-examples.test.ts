import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { runCplan } from './cli-helpers.js';
import { checkText, codesOf, example } from './helpers.js';

const expected = JSON.parse(readFileSync(new URL('./fixtures/spec-expected.json', import.meta.url), 'utf8')) as
    Record<string, { exact: string[]; exit: number }>;

describe('the spec examples', () => {
    for (const [name, contract] of Object.entries(expected)) {
        test(`${name} gives exactly its documented codes in process`, async () => {
            const { diagnostics } = await checkText(example(name));
            expect(new Set(codesOf(diagnostics))).toEqual(new Set(contract.exact));
            expect(codesOf(diagnostics)).not.toContain('syntax');
            expect(codesOf(diagnostics)).not.toContain('reference');
        });

        test(`${name} gives exactly its documented codes and exit status from the built CLI`, () => {
            const result = runCplan(['check', '--format', 'json', `examples/${name}`]);
            expect(result.status).toBe(contract.exit);
            const report = JSON.parse(result.stdout);
            const codes = new Set(report.files.flatMap((file: { diagnostics: Array<{ code: string }> }) => file.diagnostics.map(d => d.code)));
            expect(codes).toEqual(new Set(contract.exact));
            expect(result.stderr).toBe('');
        });
    }

    test('the daegu draft reports its waiver of champion-required', () => {
        const report = JSON.parse(runCplan(['check', '--format', 'json', 'examples/daegu-draft.cplan']).stdout);
        expect(report.files[0].waived).toEqual([{ code: 'champion-required', reason: '초기에는 시장이 직접 리더 역할을 맡는다' }]);
    });
});
