import type { TaskFacts } from '../facts.js';
import { atPlan, keywords, missingFrom, when, type RuleChecks, type Violation } from '../findings.js';

const SHORT_TERM_GOALS = ['talent', 'infrastructure', 'workforce', 'policy', 'finance'];
const LONG_TERM_GOALS = ['research', 'startups', 'services', 'network', 'global'];

const VISION_CHOICES = [
    { clause: 'strategy', key: 'strategy', options: ['greenfield', 'attraction'] },
    { clause: 'scope', key: 'scope', options: ['hightech', 'lifescience'] },
    { clause: 'structure', key: 'structure', options: ['integrated', 'distributed'] }
] as const;

const tasksOfTerm = (tasks: readonly TaskFacts[], term: 'short' | 'long') =>
    tasks.filter(task => task.term?.value === term);

/** One diagnostic on the first task of the term, naming the agenda goals no such task covers. */
function agendaCheck(term: 'short' | 'long', agenda: readonly string[]) {
    return {
        applies: (facts: { tasks: readonly TaskFacts[] }) => tasksOfTerm(facts.tasks, term).length > 0,
        check: (facts: { tasks: readonly TaskFacts[] }): Violation[] => {
            const termTasks = tasksOfTerm(facts.tasks, term);
            const missing = missingFrom(agenda, termTasks.flatMap(task => task.goals?.goals ?? []));
            return when(termTasks.length > 0 && missing.length > 0, () =>
                ({ node: termTasks[0].node, property: 'name', args: { missing: keywords(missing) } }));
        }
    };
}

export const roadmapChecks: RuleChecks = {
    'assessment-required': {
        check: facts => when(!facts.assessment, () => atPlan(facts))
    },
    'consensus-required': {
        applies: facts => facts.assessment !== undefined,
        check: facts => {
            const assessment = facts.assessment;
            return when(assessment !== undefined && !assessment.entries.some(entry => entry.kind === 'consensus'),
                () => ({ node: assessment!, keyword: 'assessment' }));
        }
    },
    'horizon-ten-years': {
        check: facts => {
            const horizon = facts.horizon;
            if (!horizon) {
                return [atPlan(facts, { variant: 'missing' })];
            }
            const years = horizon.end - horizon.start + 1;
            return when(years < 10, () => ({
                node: horizon, args: { start: horizon.start, end: horizon.end, years },
                variant: horizon.end < horizon.start ? 'reversed' : undefined
            }));
        }
    },
    'vision-required': {
        check: facts => when(!facts.vision, () => atPlan(facts))
    },
    'vision-choices': {
        applies: facts => facts.vision !== undefined,
        check: facts => {
            const vision = facts.vision;
            if (!vision) {
                return [];
            }
            return VISION_CHOICES
                .filter(choice => vision[choice.key] === undefined)
                .map(choice => ({
                    node: vision.node, keyword: 'vision',
                    args: { choice: keywords([choice.clause]), options: keywords(choice.options) }
                }));
        }
    },
    'value-chain-position': {
        applies: facts => facts.vision !== undefined,
        check: facts => when(facts.vision !== undefined && !facts.vision.position,
            () => ({ node: facts.vision!.node, keyword: 'vision' }))
    },
    'outsourcing-plan': {
        applies: facts => facts.vision?.structure?.value === 'distributed',
        check: facts => when(facts.vision?.structure?.value === 'distributed' && !facts.vision.outsource,
            () => ({ node: facts.vision!.structure! }))
    },
    'short-and-long-term': {
        check: facts => {
            const missing = (['short', 'long'] as const).filter(term => tasksOfTerm(facts.tasks, term).length === 0);
            return when(missing.length > 0, () => atPlan(facts, { args: { missing: keywords(missing) } }));
        }
    },
    'short-term-agenda': agendaCheck('short', SHORT_TERM_GOALS),
    'long-term-agenda': agendaCheck('long', LONG_TERM_GOALS)
};
