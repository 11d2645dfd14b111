import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './duplicate-clause.js';

testRule(rule, {
    fires: [
        {
            name: 'a plan clause twice: on the repeat, relating the first',
            plan: edit(BUSAN, ['region "부산광역시"', 'region "부산광역시"\n    region "부산"']), at: ['7:region "부산"'], related: [['6:region "부산광역시"']]
        },
        {
            name: 'a clause twice in an agency',
            plan: edit(BUSAN, ['budget 120 억원', 'budget 120 억원\n        budget 10 억원']), at: ['31:budget 10 억원'], related: [['30:budget 120 억원']]
        },
        {
            name: 'a clause twice on one line of a firm',
            plan: edit(BUSAN, ['{ star origin local stage growth }', '{ star origin local stage growth star }']), at: ['65:star'], related: [['65:star']]
        },
        {
            name: 'a second vision block',
            plan: edit(BUSAN, ['    agency BMBA', '    vision "둘째 비전" { }\n\n    agency BMBA']), at: ['28:vision "둘째 비전" { }'], related: [['20:vision "해양생물 소재 기반 신약 후보물질 발굴 거점" { stra…']]
        }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'bridge may repeat in a network', plan: edit(BUSAN, ['bridge TalentCircle via DrJeong', 'bridge TalentCircle via DrJeong\n        bridge TalentCircle via BlueCell']) },
        { name: 'assessment entries may repeat (the example has two strengths)', plan: edit(BUSAN, ['consensus "', 'consensus "추가 합의"\n        consensus "']) }
    ]
});
