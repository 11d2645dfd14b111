import type { Government } from '../../../grammar/generated/ast.js';
import type { TaskFacts } from '../../facts.js';
import { keywords } from '../../findings.js';
import { BUSINESS_GOALS } from '../../prescriptions.js';
import { defineRule } from '../../rule.js';

const governmentOwner = (task: TaskFacts): Government | undefined =>
    task.ownerActor?.$type === 'Government' ? task.ownerActor as Government : undefined;

export default defineRule({
    id: 'government-role',
    category: 'governance',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '정부(지자체)는 인프라 확충과 시스템적 문제 해결에 주력한다.',
        en: 'Government builds infrastructure and fixes systemic problems; it does not run the business side.'
    },
    trigger: {
        ko: 'government가 맡은 과제의 goals에 startups, services, network 중 하나라도 있을 때 (그런 과제마다)',
        en: 'a task owned by a `government` has any of the goals startups, services, network (one diagnostic per such task)'
    },
    source: {
        heading: '□ 산업클러스터 이론의 주요 쟁점',
        passage: '정부(지자체)는 인프라확충 및 시스템적인 문제 해결에 주력',
        gist: 'Government (local government) concentrates on infrastructure and on solving systemic problems.'
    },
    messages: {
        main: {
            ko: '정부 {owner}이(가) 맡은 과제 {task}이(가) 사업 영역의 목표({goals})를 다룹니다. 보고서는 정부(지자체)가 인프라 확충과 시스템적 문제 해결에 주력하라고 합니다: 이 과제를 `owner {suggestedOwner}`처럼 전담기구나 민간 주체에 맡기거나, `goals`에서 그 목표를 빼세요.',
            en: 'Task {task}, owned by government {owner}, pursues business goals ({goals}). The report has government concentrate on infrastructure and systemic problems: give the task to the agency or a private actor (`owner {suggestedOwner}`), or take those goals out of its `goals`.'
        },
        government: {
            ko: '과제를 맡은 정부: {name}',
            en: 'the government that owns the task: {name}'
        }
    },
    applies: facts => facts.tasks.some(task => governmentOwner(task)),
    check: facts => facts.tasks.flatMap(task => {
        const owner = governmentOwner(task);
        const goals = task.goals;
        const businessGoals = (goals?.goals ?? []).filter(goal => BUSINESS_GOALS.has(goal));
        if (!owner || !goals || businessGoals.length === 0) {
            return [];
        }
        return [{
            node: goals, property: 'goals', index: goals.goals.indexOf(businessGoals[0]),
            args: { task: task.node.name, owner: owner.name, goals: keywords(businessGoals), suggestedOwner: facts.agencies[0]?.node.name ?? '…' },
            related: [{ node: owner, property: 'name', message: 'government' as const, args: { name: owner.name } }]
        }];
    }),
    examples: {
        failing: 'government City "부산광역시"\ntask T1 "창업 지원" {\n    owner City\n    goals startups\n}',
        passing: 'government City "부산광역시"\ntask T1 "진입도로 건설" {\n    owner City\n    goals infrastructure\n}'
    }
});
