import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './task-cycle.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['goals workforce', 'goals workforce\n        after T4']), at: ['129:after T4', '145:after T2'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN }
    ]
});
