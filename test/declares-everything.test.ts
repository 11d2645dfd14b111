import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkText, codesOf } from './helpers.js';

/**
 * A plan that declares everything and does none of it (test/fixtures/declares-everything.cplan):
 * the checker of rules v1 gave it no finding at all. Rules v2 read its substance.
 */
describe('a plan that only declares', () => {
    test('gets the findings of what it leaves undone', async () => {
        const plan = readFileSync(new URL('./fixtures/declares-everything.cplan', import.meta.url), 'utf8');
        const codes = new Set(codesOf((await checkText(plan)).diagnostics));
        expect(codes.has('syntax') || codes.has('reference')).toBe(false);
        for (const code of [
            'consensus-required', 'agency-budget', 'selective-support', 'small-world', 'business-network', 'value-chain-position',
            'short-and-long-term', 'competitive-selection', 'fund-audit', 'staged-review', 'fund-source', 'ip-protection'
        ]) {
            expect(codes, code).toContain(code);
        }
    });
});
