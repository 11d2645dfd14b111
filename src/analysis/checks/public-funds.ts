import type { FundFacts, PlanFacts } from '../facts.js';
import { atName, keywords, type Violation } from '../findings.js';
import { PUBLIC_FUND_VALUES } from '../prescriptions.js';
import type { RuleCheck } from '../rule.js';

/** A fund of public money: `source public` or `joint`, or no `source` at all (rules.md). */
export const isPublicMoney = (fund: FundFacts): boolean => fund.source?.value !== 'private';

export type PublicFundClause = keyof typeof PUBLIC_FUND_VALUES;

/**
 * The check of a clause every public-money fund must have with its prescribed value: one
 * finding on each fund that lacks the clause (on its name, `main`), or on the other value it
 * has instead (`otherValue`, with the fund's `{name}` and that `{value}`).
 */
export function publicFundCheck(clause: PublicFundClause): RuleCheck<'main' | 'otherValue'> {
    const wanted = PUBLIC_FUND_VALUES[clause];
    return {
        applies: (facts: PlanFacts) => facts.funds.some(isPublicMoney),
        check: (facts: PlanFacts): Array<Violation<'main' | 'otherValue'>> => facts.funds
            .filter(fund => isPublicMoney(fund) && fund[clause]?.value !== wanted)
            .map(fund => {
                const present = fund[clause];
                return present
                    ? { node: present, property: 'value', message: 'otherValue', args: { name: fund.node.name, value: keywords([present.value]) } }
                    : atName(fund.node);
            })
    };
}
