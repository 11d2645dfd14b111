import { CYCLE_NAMES_SHOWN, describeCycle, taskCycles } from '../../checks/task-cycles.js';
import type { Task } from '../../../grammar/generated/ast.js';
import type { Violation } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'task-cycle',
    category: 'hygiene',
    severity: 'error',
    kind: 'principle',
    principle: {
        ko: '과제의 선후관계(선행과제 · after)는 순환하지 않는다.',
        en: 'Task dependencies (`after` · `선행과제`) do not go round in a circle.'
    },
    trigger: {
        ko: 'after 관계가 순환을 이룰 때 (순환에 속한 과제마다 하나)',
        en: '`after` dependencies form a cycle (one diagnostic per task on the cycle)'
    },
    messages: {
        main: {
            ko: '과제 {name}의 선행 관계(after)가 순환합니다: {cycle}. 서로가 서로의 뒤에 오면 어느 과제도 먼저 시작할 수 없습니다: 이 순환에서 먼저 해야 할 과제를 정해 그 과제의 `after`에서 다른 과제를 지우세요.',
            en: 'Task {name} is on a dependency cycle: {cycle}. When tasks wait for each other, none of them can start: decide which comes first and remove the other task from its `after`.'
        },
        long: {
            ko: '과제 {name}의 선행 관계(after)가 과제 {count}개에 걸쳐 순환합니다: {cycle}. 서로가 서로의 뒤에 오면 어느 과제도 먼저 시작할 수 없습니다: 이 순환에서 먼저 해야 할 과제를 정해 그 과제의 `after`에서 다른 과제를 지우세요.',
            en: 'Task {name} is on a dependency cycle of {count} tasks: {cycle}. When tasks wait for each other, none of them can start: decide which comes first and remove the other task from its `after`.'
        },
        waitsFor: {
            ko: '이 과제가 기다리는, 같은 순환의 과제 {name}',
            en: 'task {name}, which it waits for, on the same cycle'
        }
    },
    applies: facts => facts.tasks.some(task => task.after),
    check: facts => {
        const factsOf = new Map(facts.tasks.map(task => [task.node, task]));
        const at = (task: Task) => factsOf.get(task)?.after ?? task;
        return taskCycles(facts.tasks).flatMap(cycle => {
            const path = describeCycle(cycle);
            const long = cycle.length > CYCLE_NAMES_SHOWN;
            const onCycle = new Set(cycle);
            return cycle.map((task): Violation => ({
                node: at(task),
                args: { name: task.name, cycle: path, count: cycle.length },
                message: long ? 'long' : undefined,
                // The tasks of the cycle it waits for, where their own `after` goes on round it.
                related: [...new Set(factsOf.get(task)?.predecessors ?? [])]
                    .filter(other => other !== task && onCycle.has(other))
                    .map(other => ({ node: at(other), message: 'waitsFor', args: { name: other.name } }))
            }));
        });
    },
    examples: {
        failing: 'task T1 "인력 양성" { after T2 }\ntask T2 "연구기반 구축" { after T1 }',
        passing: 'task T1 "인력 양성" { }\ntask T2 "연구기반 구축" { after T1 }'
    }
});
