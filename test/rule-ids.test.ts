import { describe, expect, test } from 'vitest';
import { getRule, type RuleId } from '../src/analysis/catalogue.js';
import type { SeverityOverride } from '../src/analysis/engine.js';
import type { QuickFixTable } from '../src/lsp/quick-fixes/index.js';

// The type check of the test build (`tsc --noEmit` includes the tests) fails when an
// `@ts-expect-error` below has no error to expect: these misspellings must not compile.
describe('rule ids are a type', () => {
    test('a misspelt id in the quick-fix table does not compile', () => {
        const table: QuickFixTable = {
            // @ts-expect-error 'agency-requird' is not a rule id
            'agency-requird': () => []
        };
        expect(Object.keys(table)).toEqual(['agency-requird']);
    });

    test('a misspelt id in the rule settings or a catalogue lookup does not compile', () => {
        const severities: Partial<Record<RuleId, SeverityOverride>> = {
            // @ts-expect-error 'champion-requred' is not a rule id
            'champion-requred': 'off'
        };
        expect(Object.keys(severities)).toHaveLength(1);
        // @ts-expect-error 'small-worlds' is not a rule id
        expect(() => getRule('small-worlds').id).toThrow();
    });
});
