import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './horizon-ten-years.js';

const HORIZON = 'horizon 2026 to 2037';
// Task periods kept inside a shorter horizon, so that only the horizon changes what the rule sees.
const shortened = (horizon: string) => edit(BUSAN, [HORIZON, horizon]);

testRule(rule, {
    fires: [
        { name: 'nine years (end − start + 1 = 9): on the horizon', plan: shortened('horizon 2026 to 2034'), at: ['7:horizon 2026 to 2034'] },
        { name: 'one year', plan: shortened('horizon 2026 to 2026'), at: ['7:horizon 2026 to 2026'] },
        { name: 'a reversed horizon spans no year', plan: shortened('horizon 2037 to 2026'), at: ['7:horizon 2037 to 2026'] },
        { name: 'no horizon: on the plan', plan: edit(BUSAN, [`\n    ${HORIZON}`, '']), at: ['5:plan'] }
    ],
    silent: [
        { name: 'the example plan: twelve years', plan: BUSAN },
        { name: 'exactly ten years', plan: shortened('horizon 2026 to 2035') }
    ]
});
