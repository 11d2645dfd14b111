import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './vision-choices.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['strategy attraction', ''], ['scope hightech', ''], ['structure distributed', '']), at: ['19:vision', '19:vision', '19:vision'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a variant that keeps the principle (1)', plan: edit(BUSAN, [/\n    vision "[^"]*" \{[\s\S]*?\n    \}\n/, '\n']) }
    ]
});
