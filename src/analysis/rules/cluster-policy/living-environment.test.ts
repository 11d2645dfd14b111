import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './living-environment.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, [/\n    environment [^\n]*/, '']), at: ['4:plan'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a variant that keeps the principle (1)', plan: edit(BUSAN, ['environment education, culture, transport, childcare', 'environment transport, culture, education']) }
    ]
});
