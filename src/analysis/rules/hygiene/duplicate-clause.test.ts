import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './duplicate-clause.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['region "부산광역시"', 'region "부산광역시"\n    region "부산"'], ['budget 120 억원', 'budget 120 억원\n        budget 10 억원']), at: ['6:region "부산"', '31:budget 10 억원'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a variant that keeps the principle (1)', plan: edit(BUSAN, ['bridge TalentCircle via DrJeong', 'bridge TalentCircle via DrJeong\n        bridge TalentCircle via PNU']) }
    ]
});
