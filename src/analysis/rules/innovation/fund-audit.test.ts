import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './fund-audit.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['audit continuous', 'audit annual']), at: ['59:BioVenture'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a variant that keeps the principle (1)', plan: edit(BUSAN, ['source joint', 'source private'], ['audit continuous', 'audit none']) }
    ]
});
