import { describe, expect, test } from 'vitest';
import { PLAN_RULES } from '../src/analysis/catalogue.js';
import { examplePlan } from '../src/analysis/rule.js';
import { checkText, codesOf } from './helpers.js';

describe('rule examples', () => {
    for (const rule of PLAN_RULES) {
        test(`${rule.id}: the failing example fires it, the passing one does not`, async () => {
            expect(codesOf((await checkText(examplePlan(rule.examples.failing))).diagnostics)).toContain(rule.id);
            const passing = codesOf((await checkText(examplePlan(rule.examples.passing))).diagnostics);
            expect(passing).not.toContain(rule.id);
            expect(passing).not.toContain('syntax');
            expect(passing).not.toContain('reference');
        });
    }
});
