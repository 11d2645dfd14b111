import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './syntax.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['horizon 2026 to 2037', 'horizon 2026 ~ 2037']), at: ['6:~', '6:2037'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN }
    ]
});
