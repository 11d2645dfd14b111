import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './government-role.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['goals talent, infrastructure', 'goals talent, infrastructure, finance']), at: ['120:goals'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN }
    ]
});
