import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkText, example } from './helpers.js';

describe('diagnostics link to their rule page', () => {
    test('every diagnostic of the daegu draft points at an existing docs/rules page of its code', async () => {
        const { diagnostics } = await checkText(example('daegu-draft.cplan'));
        expect(diagnostics.length).toBeGreaterThan(10);
        for (const diagnostic of diagnostics) {
            const href = diagnostic.codeDescription?.href ?? '';
            expect(href).toMatch(new RegExp(`^file:///.*/docs/rules/${diagnostic.code}\\.md$`));
            expect(existsSync(fileURLToPath(href))).toBe(true);
        }
    });

    test('syntax and reference diagnostics link to their pages too', async () => {
        const { diagnostics } = await checkText('plan P "p" { task T "t" { owner Nobody } agency }');
        expect(diagnostics.map(diagnostic => diagnostic.codeDescription?.href.split('/').pop())).toEqual(
            expect.arrayContaining(['syntax.md']));
        const linked = await checkText('plan P "p" { task T "t" { owner Nobody } }');
        expect(linked.diagnostics.find(d => d.code === 'reference')?.codeDescription?.href).toMatch(/docs\/rules\/reference\.md$/);
    });
});
