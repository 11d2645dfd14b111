import { BUSAN, edit, elementLine } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './agency-required.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, [elementLine('agency', 'BMBA'), '\n']), at: ['4:plan'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN }
    ]
});
