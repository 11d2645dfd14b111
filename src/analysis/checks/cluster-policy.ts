import { RECOMMENDED_RESPONSES, REQUIRED_LIST_VALUES, type RequiredListClause } from '../domain.js';
import type { PlanFacts } from '../facts.js';
import { atPlan, keywords, missingFrom, when, type RuleChecks, type Violation } from '../findings.js';

/** One diagnostic naming what a plan-level list clause lacks, on the clause or on the plan. */
function listCheck(clause: RequiredListClause) {
    const required = REQUIRED_LIST_VALUES[clause];
    return {
        check: (facts: PlanFacts): Violation[] => {
            const present = facts[clause];
            const missing = missingFrom(required, present?.values ?? []);
            return when(missing.length > 0, () => present
                ? { node: present, property: 'values', args: { missing: keywords(missing) } }
                : atPlan(facts, { args: { missing: keywords(missing) } }));
        }
    };
}

export const clusterPolicyChecks: RuleChecks = {
    'support-services': listCheck('services'),
    'demand-industries': {
        check: facts => when(!facts.industries.some(industry => industry.kind?.value === 'hospital' || industry.kind?.value === 'pharma'),
            () => atPlan(facts))
    },
    'living-environment': listCheck('environment'),
    'business-incentives': listCheck('incentives'),
    'ip-protection': {
        check: facts => when(!facts.ip, () => atPlan(facts))
    },
    'problem-response': {
        applies: facts => facts.problems.length > 0,
        check: facts => facts.problems.flatMap(problem => {
            const recommended = RECOMMENDED_RESPONSES[problem.node.kind] ?? [];
            const responses = problem.response?.responses ?? [];
            return when(!responses.some(response => recommended.includes(response)), () => ({
                node: problem.node, property: 'kind',
                args: { kind: keywords([problem.node.kind], 'ProblemKind'), recommended: keywords(recommended, 'PolicyResponse') }
            }));
        })
    }
};
