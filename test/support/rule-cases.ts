import { describe, expect, test } from 'vitest';
import type { Range } from 'vscode-languageserver-types';
import type { RuleEntry } from '../../src/analysis/catalogue.js';
import { checkText, codesOf } from '../helpers.js';

/**
 * Where a rule's findings point, as `line:text`: the 1-based line of each finding and the
 * text its range covers (white space collapsed, cut at 40 characters), in order.
 */
export async function findingsAt(ruleId: string, plan: string): Promise<string[]> {
    return (await located(ruleId, plan)).map(finding => finding.at);
}

/** Each finding of a rule as `line:text`, with the elements it relates to, in the same form. */
async function located(ruleId: string, plan: string): Promise<Array<{ at: string; related: string[] }>> {
    const { document, diagnostics } = await checkText(plan);
    const text = document.textDocument;
    const where = (range: Range) => {
        const covered = text.getText(range).replace(/\s+/g, ' ');
        return `${range.start.line + 1}:${covered.length > 40 ? `${covered.slice(0, 40)}…` : covered}`;
    };
    return diagnostics
        .filter(diagnostic => diagnostic.code === ruleId)
        .map(diagnostic => ({ at: where(diagnostic.range), related: (diagnostic.relatedInformation ?? []).map(info => where(info.location.range)) }))
        .sort((a, b) => parseInt(a.at) - parseInt(b.at) || a.at.localeCompare(b.at));
}

export interface FiringCase {
    /** What the case shows, as the test's name. */
    readonly name: string;
    readonly plan: string;
    /** Every finding of the rule on this plan, as `line:text` (see `findingsAt`). */
    readonly at: readonly string[];
    /** For each finding, the elements it relates to, as `line:text`; not checked when left out. */
    readonly related?: ReadonlyArray<readonly string[]>;
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
                const findings = await located(rule.id, firing.plan);
                expect(findings.map(finding => finding.at)).toEqual(firing.at);
                if (firing.related) {
                    expect(findings.map(finding => finding.related)).toEqual(firing.related);
                }
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
