import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './champion-required.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, [/champion DrJeong "([^"]*)" \{[^}]*\}/, 'firm DrJeong "$1"']), at: ['4:plan'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN }
    ]
});
