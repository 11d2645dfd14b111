import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './period-within-horizon.js';

const HORIZON = ['7:horizon 2026 to 2037'];

testRule(rule, {
    fires: [
        { name: 'a period that starts before the horizon: on the period, relating the horizon', plan: edit(BUSAN, ['period 2026 to 2028', 'period 2025 to 2028']), at: ['142:period 2025 to 2028'], related: [HORIZON] },
        { name: 'a period that ends after the horizon', plan: edit(BUSAN, ['period 2028 to 2037', 'period 2028 to 2038']), at: ['174:period 2028 to 2038'], related: [HORIZON] },
        { name: 'a period wholly after the horizon', plan: edit(BUSAN, ['period 2026 to 2027', 'period 2040 to 2045']), at: ['158:period 2040 to 2045'], related: [HORIZON] },
        { name: 'a period around the horizon', plan: edit(BUSAN, ['period 2026 to 2027', 'period 2020 to 2050']), at: ['158:period 2020 to 2050'], related: [HORIZON] },
        {
            name: 'one diagnostic per task',
            plan: edit(BUSAN, ['period 2026 to 2027', 'period 2025 to 2027'], ['period 2028 to 2037', 'period 2028 to 2040']),
            at: ['158:period 2025 to 2027', '174:period 2028 to 2040'], related: [HORIZON, HORIZON]
        }
    ],
    silent: [
        { name: 'the example plan: periods from the first to the last year of the horizon', plan: BUSAN },
        { name: 'no horizon', plan: edit(BUSAN, ['period 2026 to 2027', 'period 2020 to 2050'], ['\n    horizon 2026 to 2037', '']) },
        { name: 'a reversed horizon (period-order reports it)', plan: edit(BUSAN, ['period 2026 to 2027', 'period 2020 to 2050'], ['horizon 2026 to 2037', 'horizon 2037 to 2026']) }
    ]
});
