import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './living-environment.js';

const ENVIRONMENT = 'environment education, culture, transport, childcare';

testRule(rule, {
    fires: [
        { name: 'environment lacking some: on the list', plan: edit(BUSAN, [ENVIRONMENT, 'environment culture, childcare']), at: ['131:culture'] },
        { name: 'no environment clause: on the plan', plan: edit(BUSAN, [`\n    ${ENVIRONMENT}`, '']), at: ['5:plan'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'the three in another order, without extras', plan: edit(BUSAN, [ENVIRONMENT, 'environment transport, culture, education']) }
    ]
});
