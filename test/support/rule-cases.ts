import { describe, expect, test } from 'vitest';
import type { RuleEntry } from '../../src/analysis/catalogue.js';
import { checkText, codesOf } from '../helpers.js';

/**
 * Where a rule's findings point, as `line:text`: the 1-based line of each finding and the
 * text its range covers (white space collapsed, cut at 40 characters), in order.
 */
export async function findingsAt(ruleId: string, plan: string): Promise<string[]> {
    const { document, diagnostics } = await checkText(plan);
    const text = document.textDocument;
    return diagnostics
        .filter(diagnostic => diagnostic.code === ruleId)
        .map(diagnostic => {
            const covered = text.getText(diagnostic.range).replace(/\s+/g, ' ');
            return `${diagnostic.range.start.line + 1}:${covered.length > 40 ? `${covered.slice(0, 40)}…` : covered}`;
        })
        .sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b));
}

export interface FiringCase {
    /** What the case shows, as the test's name. */
    readonly name: string;
    readonly plan: string;
    /** Every finding of the rule on this plan, as `line:text` (see `findingsAt`). */
    readonly at: readonly string[];
}

export interface SilentCase {
    readonly name: string;
    readonly plan: string;
}

/**
 * The tests of one rule: where it fires it points exactly at the elements given, and on the
 * silent plans (which parse and link cleanly) it says nothing.
 */
export function testRule(rule: RuleEntry, cases: { readonly fires: readonly FiringCase[]; readonly silent: readonly SilentCase[] }): void {
    describe(`rule ${rule.id}`, () => {
        for (const firing of cases.fires) {
            test(`fires: ${firing.name}`, async () => {
                expect(await findingsAt(rule.id, firing.plan)).toEqual(firing.at);
            });
        }
        for (const silent of cases.silent) {
            test(`silent: ${silent.name}`, async () => {
                const codes = codesOf((await checkText(silent.plan)).diagnostics);
                expect(codes).not.toContain(rule.id);
                if (rule.id !== 'syntax' && rule.id !== 'reference') {
                    expect(codes.filter(code => code === 'syntax' || code === 'reference')).toEqual([]);
                }
            });
        }
    });
}
