import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './agency-budget.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['budget 120 억원', '']), at: ['27:BMBA'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN }
    ]
});
