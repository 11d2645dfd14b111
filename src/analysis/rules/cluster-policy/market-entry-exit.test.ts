import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './market-entry-exit.js';

const INCENTIVES = 'incentives tax, deregulation, exit';

testRule(rule, {
    fires: [
        { name: 'incentives without exit: on the list', plan: edit(BUSAN, [INCENTIVES, 'incentives tax, deregulation']), at: ['132:tax'] },
        { name: 'no incentives clause: on the plan', plan: edit(BUSAN, [`\n    ${INCENTIVES}`, '']), at: ['5:plan'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'exit alone (business-incentives reports the rest)', plan: edit(BUSAN, [INCENTIVES, 'incentives exit']) }
    ]
});
