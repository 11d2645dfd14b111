import { describe, expect, test } from 'vitest';
import { RULES } from '../src/analysis/catalogue.js';
import { RULE_EXAMPLES, examplePlan } from '../src/analysis/rule-examples.js';
import { checkText, codesOf } from './helpers.js';

describe('rule examples', () => {
    test('every catalogue rule has a failing and a passing example, and nothing else has one', () => {
        expect(Object.keys(RULE_EXAMPLES).sort()).toEqual(RULES.map(rule => rule.id).sort());
    });

    for (const rule of RULES) {
        test(`${rule.id}: the failing example fires it, the passing one does not`, async () => {
            const example = RULE_EXAMPLES[rule.id];
            expect(codesOf((await checkText(examplePlan(example.failing))).diagnostics)).toContain(rule.id);
            const passing = codesOf((await checkText(examplePlan(example.passing))).diagnostics);
            expect(passing).not.toContain(rule.id);
            expect(passing).not.toContain('syntax');
            expect(passing).not.toContain('reference');
        });
    }
});
