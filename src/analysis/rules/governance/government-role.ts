import type { TaskFacts } from '../../facts.js';
import { keywords, when } from '../../findings.js';
import { BUSINESS_GOALS } from '../../prescriptions.js';
import { defineRule } from '../../rule.js';

const governmentOwned = (task: TaskFacts) => task.ownerActor?.$type === 'Government';

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
        ko: 'government가 맡은 과제의 goals에 startups, finance, services, network가 있을 때',
        en: 'a task owned by a `government` has any of the goals startups, finance, services, network'
    },
    source: {
        heading: '□ 산업클러스터 이론의 주요 쟁점',
        passage: '정부(지자체)는 인프라확충 및 시스템적인 문제 해결에 주력',
        gist: 'Government (local government) concentrates on infrastructure and on solving systemic problems.'
    },
    messages: {
        main: {
            ko: '과제 {task}을(를) 정부 {owner}가 맡으면서 사업 영역 목표({goals})를 다룹니다. 정부는 인프라와 제도 문제에 집중하세요.',
            en: 'Task {task} is owned by government {owner} but pursues business goals ({goals}); government should focus on infrastructure and systemic problems.'
        }
    },
    applies: facts => facts.tasks.some(governmentOwned),
    check: facts => facts.tasks.filter(governmentOwned).flatMap(task => {
        const businessGoals = (task.goals?.goals ?? []).filter(goal => BUSINESS_GOALS.has(goal));
        return when(businessGoals.length > 0, () => ({
            node: task.goals!, keyword: 'goals',
            args: { task: task.node.name, owner: task.ownerActor?.name ?? '', goals: keywords(businessGoals) }
        }));
    }),
    examples: {
        failing: 'government City "부산광역시"\ntask T1 "창업 지원" {\n    owner City\n    goals startups\n}',
        passing: 'government City "부산광역시"\ntask T1 "진입도로 건설" {\n    owner City\n    goals infrastructure\n}'
    }
});
