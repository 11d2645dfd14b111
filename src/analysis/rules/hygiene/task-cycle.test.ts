import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './task-cycle.js';

// T4 already runs after T2; T2 after T4 closes the cycle.
const pair = edit(BUSAN, ['goals workforce', 'goals workforce\n        after T4']);
const ring = (size: number) => {
    const names = Array.from({ length: size }, (_, i) => `R${i + 1}`);
    const tasks = names.map((name, i) => `    task ${name} "과제" { after ${names[(i + 1) % size]} }\n`).join('');
    return `plan P "계획" {\n${tasks}}\n`;
};

testRule(rule, {
    fires: [
        {
            name: 'two tasks after each other: on each after, relating the task it waits for',
            plan: pair, at: ['153:after T4', '169:after T2'], related: [['169:after T2'], ['153:after T4']]
        },
        { name: 'a task after itself', plan: edit(BUSAN, ['goals workforce', 'goals workforce\n        after T2']), at: ['153:after T2'], related: [[]] },
        {
            name: 'a task hanging off a cycle is not on it',
            plan: edit(pair, ['goals network, global', 'goals network, global\n        after T4']), at: ['153:after T4', '169:after T2'], related: [['169:after T2'], ['153:after T4']]
        },
        {
            name: 'a cycle of seven tasks',
            plan: ring(7),
            at: ['2:after R2', '3:after R3', '4:after R4', '5:after R5', '6:after R6', '7:after R7', '8:after R1'],
            related: [['3:after R3'], ['4:after R4'], ['5:after R5'], ['6:after R6'], ['7:after R7'], ['8:after R1'], ['2:after R2']]
        }
    ],
    silent: [
        { name: 'the example plan: after without a cycle', plan: BUSAN },
        { name: 'a task naming the same predecessor twice', plan: edit(BUSAN, ['after T2', 'after T2, T2']) }
    ]
});
