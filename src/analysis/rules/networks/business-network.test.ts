import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './business-network.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['kind business', 'kind official']), at: ['78:official'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN }
    ]
});
