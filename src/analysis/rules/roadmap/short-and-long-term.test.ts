import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './short-and-long-term.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: BUSAN.replaceAll('term long', 'term short'), at: ['4:plan'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a variant that keeps the principle (1)', plan: edit(BUSAN, ['term short', 'term long']) }
    ]
});
