import type { FundFacts, PlanFacts } from '../facts.js';
import { atName, type Violation } from '../findings.js';
import type { RuleCheck } from '../rule.js';

/** A fund of public money: `source public` or `joint`, or no `source` at all (rules.md). */
export const isPublicMoney = (fund: FundFacts): boolean => fund.source?.value !== 'private';

/** The check of a clause every public-money fund must have: one finding on each fund that lacks it. */
export function publicFundCheck(lacks: (fund: FundFacts) => boolean): RuleCheck<'main'> {
    return {
        applies: (facts: PlanFacts) => facts.funds.some(isPublicMoney),
        check: (facts: PlanFacts): Array<Violation<'main'>> =>
            facts.funds.filter(fund => isPublicMoney(fund) && lacks(fund)).map(fund => atName(fund.node))
    };
}
