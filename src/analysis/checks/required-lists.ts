import { REQUIRED_LIST_VALUES, type RequiredListClause } from '../prescriptions.js';
import type { PlanFacts } from '../facts.js';
import { atPlan, keywords, missingFrom, when, type Violation } from '../findings.js';
import type { RuleCheck } from '../rule.js';

/** The check of a plan-level list clause: one finding naming what it lacks, on the clause or on the plan. */
export function requiredListCheck(clause: RequiredListClause): RuleCheck<'main'> {
    const required = REQUIRED_LIST_VALUES[clause];
    return {
        check: (facts: PlanFacts): Array<Violation<'main'>> => {
            const present = facts[clause];
            const missing = missingFrom(required, present?.values ?? []);
            return when(missing.length > 0, () => present
                ? { node: present, property: 'values', args: { missing: keywords(missing) } }
                : atPlan(facts, { args: { missing: keywords(missing) } }));
        }
    };
}
