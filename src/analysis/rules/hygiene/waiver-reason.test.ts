import { BUSAN, beforeClosingBrace, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './waiver-reason.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: beforeClosingBrace(edit(BUSAN, ['tier global', 'tier national']), 'waive "world-class-research" because "   "'), at: ['161:" "'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a variant that keeps the principle (1)', plan: beforeClosingBrace(edit(BUSAN, ['tier global', 'tier national']), 'waive "world-class-research" because "2단계에서 유치"') }
    ]
});
