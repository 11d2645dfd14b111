import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './period-within-horizon.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['period 2027 to 2036', 'period 2027 to 2040']), at: ['158:period 2027 to 2040'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a variant that keeps the principle (1)', plan: edit(BUSAN, ['period 2027 to 2036', 'period 2027 to 2040'], ['horizon 2026 to 2037', 'horizon 2037 to 2026']) },
        { name: 'a variant that keeps the principle (2)', plan: edit(BUSAN, ['period 2027 to 2036', 'period 2027 to 2040'], [/\n    horizon [^\n]*/, '']) }
    ]
});
