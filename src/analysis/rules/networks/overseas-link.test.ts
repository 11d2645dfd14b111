import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './overseas-link.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['scope overseas', 'scope domestic']), at: ['4:plan'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN }
    ]
});
