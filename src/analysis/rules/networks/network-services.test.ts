import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './network-services.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['offers matching, overseas', '']), at: ['86:TalentCircle'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN }
    ]
});
