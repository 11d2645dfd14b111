import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './business-incentives.js';

const INCENTIVES = 'incentives tax, deregulation, exit';

testRule(rule, {
    fires: [
        { name: 'no tax support: on the list', plan: edit(BUSAN, [INCENTIVES, 'incentives deregulation, exit']), at: ['132:deregulation'] },
        { name: 'the market exit system alone', plan: edit(BUSAN, [INCENTIVES, 'incentives exit']), at: ['132:exit'] },
        { name: 'no incentives clause: on the plan', plan: edit(BUSAN, [`\n    ${INCENTIVES}`, '']), at: ['5:plan'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'tax and deregulation without exit (market-entry-exit reports that)', plan: edit(BUSAN, [INCENTIVES, 'incentives deregulation, tax']) }
    ]
});
