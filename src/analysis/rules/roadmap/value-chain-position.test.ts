import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './value-chain-position.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['position research, discovery, preclinical', '']), at: ['19:vision'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN }
    ]
});
