import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './business-incentives.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['incentives tax, deregulation', 'incentives deregulation']), at: ['108:deregulation'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN }
    ]
});
