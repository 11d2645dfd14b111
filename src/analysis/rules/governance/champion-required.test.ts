import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './champion-required.js';

/** The champion, replaced by a firm of the same name so that the bridge and the task still resolve. */
const CHAMPION = /champion DrJeong "([^"]*)" \{[^}]*\}/;

testRule(rule, {
    fires: [
        { name: 'no champion: on the plan', plan: edit(BUSAN, [CHAMPION, 'firm DrJeong "$1"']), at: ['5:plan'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a champion without a block', plan: edit(BUSAN, [CHAMPION, 'champion DrJeong "$1"']) }
    ]
});
