import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './period-order.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['period 2026 to 2028', 'period 2028 to 2026']), at: ['118:period 2028 to 2026'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a variant that keeps the principle (1)', plan: edit(BUSAN, ['period 2026 to 2028', 'period 2026 to 2026']) }
    ]
});
