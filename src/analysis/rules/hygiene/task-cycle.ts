import { CYCLE_NAMES_SHOWN, describeCycle, taskCycles } from '../../checks/task-cycles.js';
import type { Violation } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'task-cycle',
    category: 'hygiene',
    severity: 'error',
    kind: 'principle',
    principle: {
        ko: '과제의 선후관계(after)는 순환하지 않는다.',
        en: 'Task dependencies (`after`) do not go round in a circle.'
    },
    trigger: {
        ko: 'after 관계가 순환을 이룰 때 (순환에 속한 과제마다 하나)',
        en: '`after` dependencies form a cycle (one diagnostic per task on the cycle)'
    },
    messages: {
        main: {
            ko: '과제 {name}의 선행 관계가 순환합니다: {cycle}.',
            en: 'Task {name} is part of a dependency cycle: {cycle}.'
        },
        long: {
            ko: '과제 {name}의 선행 관계가 과제 {count}개에 걸쳐 순환합니다: {cycle}.',
            en: 'Task {name} is part of a dependency cycle of {count} tasks: {cycle}.'
        }
    },
    applies: facts => facts.tasks.some(task => task.after),
    check: facts => {
        const afterOf = new Map(facts.tasks.map(task => [task.node, task.after]));
        return taskCycles(facts.tasks).flatMap(cycle => {
            const path = describeCycle(cycle);
            const long = cycle.length > CYCLE_NAMES_SHOWN;
            return cycle.map((task): Violation => ({
                node: afterOf.get(task) ?? task,
                args: { name: task.name, cycle: path, count: cycle.length },
                message: long ? 'long' : undefined
            }));
        });
    },
    examples: {
        failing: 'task T1 "인력 양성" { after T2 }\ntask T2 "연구기반 구축" { after T1 }',
        passing: 'task T1 "인력 양성" { }\ntask T2 "연구기반 구축" { after T1 }'
    }
});
