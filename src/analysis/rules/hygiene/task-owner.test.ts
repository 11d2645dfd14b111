import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './task-owner.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['owner PNU', '']), at: ['123:T2'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN }
    ]
});
