import { BUSAN, beforeClosingBrace } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './waiver-unused.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: beforeClosingBrace(BUSAN, 'waive "world-class-research" because "2단계에서 유치"'), at: ['161:"world-class-research"'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a variant that keeps the principle (1)', plan: beforeClosingBrace(BUSAN, 'waive "no-such-rule" because "오타"') }
    ]
});
