import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './no-subsidy.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['purpose research', 'purpose subsidy']), at: ['74:subsidy'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a variant that keeps the principle (1)', plan: edit(BUSAN, ['purpose research', 'purpose infrastructure']) }
    ]
});
