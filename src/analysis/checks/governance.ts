import { BUSINESS_GOALS } from '../domain.js';
import type { TaskFacts } from '../facts.js';
import { atName, atPlan, keywords, when, type RuleChecks } from '../findings.js';

const governmentOwned = (task: TaskFacts) => task.ownerActor?.$type === 'Government';

export const governanceChecks: RuleChecks = {
    'agency-required': {
        check: facts => when(facts.agencies.length === 0, () => atPlan(facts))
    },
    'agency-independent': {
        applies: facts => facts.agencies.length > 0,
        check: facts => facts.agencies.filter(agency => !agency.independent).map(agency => atName(agency.node))
    },
    'agency-budget': {
        applies: facts => facts.agencies.length > 0,
        check: facts => facts.agencies.filter(agency => !agency.budget).map(agency => atName(agency.node))
    },
    'firm-voice': {
        check: facts => when(!facts.agencies.some(agency => agency.survey),
            () => facts.agencies.length > 0 ? atName(facts.agencies[0].node) : atPlan(facts))
    },
    'private-led': {
        check: facts => {
            const leadership = facts.leadership;
            if (!leadership) {
                return [atPlan(facts, { variant: 'missing' })];
            }
            return when(leadership.value !== 'private', () => ({
                node: leadership, property: 'value',
                args: { value: keywords([leadership.value]) },
                severity: leadership.value === 'joint' ? 'warning' : 'error'
            }));
        }
    },
    'champion-required': {
        check: facts => when(facts.champions.length === 0, () => atPlan(facts))
    },
    'government-role': {
        applies: facts => facts.tasks.some(governmentOwned),
        check: facts => facts.tasks.filter(governmentOwned).flatMap(task => {
            const businessGoals = (task.goals?.goals ?? []).filter(goal => BUSINESS_GOALS.has(goal));
            return when(businessGoals.length > 0, () => ({
                node: task.goals!, keyword: 'goals',
                args: { task: task.node.name, owner: task.ownerActor?.name ?? '', goals: keywords(businessGoals) }
            }));
        })
    }
};
