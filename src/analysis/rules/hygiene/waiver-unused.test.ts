import { BUSAN, beforeClosingBrace, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './waiver-unused.js';

const waiver = '    waive "meeting-cadence" because "분과별 수시 모임을 운영"';

testRule(rule, {
    fires: [
        { name: 'a waiver of a rule that does not fire: on the rule id', plan: beforeClosingBrace(BUSAN, waiver), at: ['193:"meeting-cadence"'] },
        { name: 'an unused waiver with a blank reason', plan: beforeClosingBrace(BUSAN, '    waive "meeting-cadence" because " "'), at: ['193:"meeting-cadence"'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a waiver of a rule that fires', plan: beforeClosingBrace(edit(BUSAN, ['meets quarterly', 'meets annually']), waiver) },
        { name: 'an unknown rule id gives only waiver-unknown-rule', plan: beforeClosingBrace(BUSAN, '    waive "no-such-rule" because "오타"') }
    ]
});
