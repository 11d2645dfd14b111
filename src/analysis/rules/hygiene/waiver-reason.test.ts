import { BUSAN, beforeClosingBrace, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './waiver-reason.js';

// meeting-cadence fires on this plan, so a waiver of it is needed and only its reason is judged.
const yearly = edit(BUSAN, ['meets quarterly', 'meets annually']);
const waived = (reason: string) => beforeClosingBrace(yearly, `    waive "meeting-cadence" because ${reason}`);

testRule(rule, {
    fires: [
        { name: 'an empty reason: on the reason', plan: waived('""'), at: ['193:""'] },
        { name: 'a reason of spaces, tabs and line breaks', plan: waived('" \t\n "'), at: ['193:" "'] },
        { name: 'a reason of ideographic spaces (U+3000)', plan: waived('"\u3000"'), at: ['193:" "'] },
        { name: 'an unfilled placeholder, as the waiver quick fix leaves it', plan: waived('"<사유>"'), at: ['193:"<사유>"'] },
        { name: 'a blank reason of a waiver that is not needed either', plan: beforeClosingBrace(BUSAN, '    waive "meeting-cadence" because ""'), at: ['193:""'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a written reason', plan: waived('"연 1회 총회 외에 분과별 수시 모임을 운영"') },
        { name: 'a reason that only mentions angle brackets', plan: waived('"<분과> 모임은 수시로 열림"') },
        { name: 'an unknown rule id gives only waiver-unknown-rule', plan: beforeClosingBrace(BUSAN, '    waive "no-such-rule" because ""') }
    ]
});
