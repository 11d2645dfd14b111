import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './horizon-ten-years.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['horizon 2026 to 2037', 'horizon 2026 to 2034']), at: ['6:horizon 2026 to 2034'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a variant that keeps the principle (1)', plan: edit(BUSAN, ['horizon 2026 to 2037', 'horizon 2026 to 2035']) }
    ]
});
