import { AGENDA_GOALS, type Term } from '../prescriptions.js';
import type { PlanFacts, TaskFacts } from '../facts.js';
import { keywords, missingFrom, when, type Violation } from '../findings.js';
import type { RuleCheck } from '../rule.js';

export const tasksOfTerm = (tasks: readonly TaskFacts[], term: Term): TaskFacts[] =>
    tasks.filter(task => task.term?.value === term);

/**
 * The check of a term's agenda: one finding on the first task of the term, naming the goals
 * no such task covers (`missing`) and that task's goals with them added (`goals`).
 */
export function agendaCheck(term: Term): RuleCheck<'main'> {
    const agenda = AGENDA_GOALS[term];
    return {
        applies: (facts: PlanFacts) => tasksOfTerm(facts.tasks, term).length > 0,
        check: (facts: PlanFacts): Array<Violation<'main'>> => {
            const termTasks = tasksOfTerm(facts.tasks, term);
            const missing = missingFrom(agenda, termTasks.flatMap(task => task.goals?.goals ?? []));
            return when(termTasks.length > 0 && missing.length > 0, () => {
                const first = termTasks[0];
                const goals = keywords([...first.goals?.goals ?? [], ...missing]);
                return { node: first.node, property: 'name', args: { name: first.node.name, missing: keywords(missing), goals } };
            });
        }
    };
}
