import type { AstNode } from 'langium';
import type { PlanFacts } from '../facts.js';
import { atPlan, keywords, missingFrom, when, type RuleChecks, type Violation } from '../findings.js';

/** Recommended responses per systemic problem (Roelandt, Gilsing and Sinderen, 2000). */
export const RECOMMENDED_RESPONSES: Readonly<Record<string, readonly string[]>> = {
    mismatch: ['collaboration', 'liaison', 'training', 'transfer'],
    purchasing: ['procurement'],
    policy: ['desubsidize', 'horizontal', 'consulting', 'noninterference'],
    market: ['competition'],
    information: ['foresight', 'intelligence'],
    linkage: ['dialogue', 'cooperation']
};

/** One diagnostic naming what a plan-level list clause lacks, on the clause or on the plan. */
function listCheck(clause: (facts: PlanFacts) => (AstNode & { values: string[] }) | undefined, required: readonly string[]) {
    return {
        check: (facts: PlanFacts): Violation[] => {
            const present = clause(facts);
            const missing = missingFrom(required, present?.values ?? []);
            return when(missing.length > 0, () => present
                ? { node: present, property: 'values', args: { missing: keywords(missing) } }
                : atPlan(facts, { args: { missing: keywords(missing) } }));
        }
    };
}

export const clusterPolicyChecks: RuleChecks = {
    'support-services': listCheck(facts => facts.services, ['venture', 'patent', 'legal', 'finance', 'consulting']),
    'demand-industries': {
        check: facts => when(!facts.industries.some(industry => industry.kind?.value === 'hospital' || industry.kind?.value === 'pharma'),
            () => atPlan(facts))
    },
    'living-environment': listCheck(facts => facts.environment, ['education', 'culture', 'transport']),
    'business-incentives': listCheck(facts => facts.incentives, ['tax', 'deregulation']),
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
                args: { kind: keywords([problem.node.kind]), recommended: keywords(recommended) }
            }));
        })
    }
};
