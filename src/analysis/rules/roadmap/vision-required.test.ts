import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './vision-required.js';

const VISION = /\n    vision "[^"]*" \{[\s\S]*?\n    \}\n/;

testRule(rule, {
    fires: [
        { name: 'no vision block: on the plan', plan: edit(BUSAN, [VISION, '\n']), at: ['5:plan'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'an empty vision block is a vision (vision-choices judges its content)', plan: edit(BUSAN, [VISION, '\n    vision "허브" { }\n']) }
    ]
});
