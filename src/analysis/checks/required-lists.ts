import { REQUIRED_LIST_VALUES, type RequiredListClause } from '../prescriptions.js';
import type { PlanFacts } from '../facts.js';
import { atPlan, keywords, missingFrom, when, type Violation } from '../findings.js';
import type { RuleCheck } from '../rule.js';

/**
 * The check of a plan-level list clause: one finding naming what it lacks (`{missing}`), on
 * the clause or on the plan. `{values}` is the list as it would read with them added, for the
 * message's snippet.
 */
export function requiredListCheck(clause: RequiredListClause, required: readonly string[] = REQUIRED_LIST_VALUES[clause]): RuleCheck<'main'> {
    return {
        check: (facts: PlanFacts): Array<Violation<'main'>> => {
            const present = facts[clause];
            const listed = present?.values ?? [];
            const missing = missingFrom(required, listed);
            const args = { missing: keywords(missing), values: keywords([...listed, ...missing]) };
            return when(missing.length > 0, () => present
                ? { node: present, property: 'values', args }
                : atPlan(facts, { args }));
        }
    };
}
