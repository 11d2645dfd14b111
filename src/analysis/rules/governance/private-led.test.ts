import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './private-led.js';

const LEADERSHIP = 'leadership private';

testRule(rule, {
    fires: [
        { name: 'government-led: on the value', plan: edit(BUSAN, [LEADERSHIP, 'leadership government']), at: ['8:government'] },
        { name: 'jointly led: on the value', plan: edit(BUSAN, [LEADERSHIP, 'leadership joint']), at: ['8:joint'] },
        { name: 'no leadership: on the plan', plan: edit(BUSAN, [`    ${LEADERSHIP}\n`, '']), at: ['5:plan'] }
    ],
    silent: [
        { name: 'the example plan: private-led', plan: BUSAN }
    ]
});
