import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './period-order.js';

testRule(rule, {
    fires: [
        { name: 'a reversed task period: on the period', plan: edit(BUSAN, ['period 2026 to 2027', 'period 2027 to 2026']), at: ['158:period 2027 to 2026'] },
        { name: 'a reversed horizon: on the horizon', plan: edit(BUSAN, ['horizon 2026 to 2037', 'horizon 2037 to 2026']), at: ['7:horizon 2037 to 2026'] },
        {
            name: 'one diagnostic per reversed span',
            plan: edit(BUSAN, ['horizon 2026 to 2037', 'horizon 2037 to 2026'], ['period 2026 to 2027', 'period 2027 to 2026'], ['period 2028 to 2037', 'period 2037 to 2028']),
            at: ['7:horizon 2037 to 2026', '158:period 2027 to 2026', '174:period 2037 to 2028']
        }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a period of one year (start = end)', plan: edit(BUSAN, ['period 2026 to 2027', 'period 2026 to 2026']) },
        { name: 'a horizon of one year', plan: edit(BUSAN, ['horizon 2026 to 2037', 'horizon 2026 to 2026']) }
    ]
});
