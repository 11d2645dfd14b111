import { BUSAN, beforeClosingBrace, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './waiver-unknown-rule.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: beforeClosingBrace(BUSAN, 'waive "syntax" because "구문 오류는 면제할 수 없다"'), at: ['161:"syntax"'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a variant that keeps the principle (1)', plan: beforeClosingBrace(edit(BUSAN, ['tier global', 'tier national']), 'waive "world-class-research" because "2단계에서 유치"') }
    ]
});
