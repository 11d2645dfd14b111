import { PUBLIC_FUND_VALUES } from '../domain.js';
import type { FundFacts } from '../facts.js';
import { atName, atPlan, when, type RuleChecks } from '../findings.js';

const publicMoney = (fund: FundFacts) => fund.source?.value === 'public' || fund.source?.value === 'joint';

/** A rule on every fund that spends public money: it must have the given clause value. */
function publicFundCheck(missing: (fund: FundFacts) => boolean) {
    return {
        applies: (facts: { funds: readonly FundFacts[] }) => facts.funds.some(publicMoney),
        check: (facts: { funds: readonly FundFacts[] }) =>
            facts.funds.filter(fund => publicMoney(fund) && missing(fund)).map(fund => atName(fund.node))
    };
}

export const innovationChecks: RuleChecks = {
    'world-class-research': {
        check: facts => when(!facts.institutions.some(institution => institution.tier?.value === 'global'),
            () => atPlan(facts))
    },
    'star-scientists': {
        check: facts => when(!facts.institutions.some(institution => (institution.scientists?.count ?? 0) >= 1),
            () => atPlan(facts))
    },
    'star-firms': {
        check: facts => when(!facts.firms.some(firm => firm.star), () => atPlan(facts))
    },
    'private-capital': {
        check: facts => when(!facts.funds.some(fund => fund.source?.value === 'private' || fund.source?.value === 'joint'),
            () => atPlan(facts))
    },
    'competitive-selection': publicFundCheck(fund => fund.selection?.value !== PUBLIC_FUND_VALUES.selection),
    'fund-audit': publicFundCheck(fund => fund.audit?.value !== PUBLIC_FUND_VALUES.audit),
    'staged-review': publicFundCheck(fund => fund.review?.value !== PUBLIC_FUND_VALUES.review),
    'no-subsidy': {
        applies: facts => facts.funds.length > 0,
        check: facts => facts.funds
            .filter(fund => fund.purpose?.value === 'subsidy')
            .map(fund => ({ node: fund.purpose!, property: 'value', args: { name: fund.node.name } }))
    }
};
