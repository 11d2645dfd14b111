import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './private-led.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['leadership private', 'leadership government']), at: ['7:government'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN }
    ]
});
