import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './vision-choices.js';

const VISION = /\n    vision "[^"]*" \{[\s\S]*?\n    \}\n/;

testRule(rule, {
    fires: [
        { name: 'no strategy: on the vision', plan: edit(BUSAN, ['        strategy attraction\n', '']), at: ['20:vision'] },
        { name: 'no scope', plan: edit(BUSAN, ['        scope hightech\n', '']), at: ['20:vision'] },
        { name: 'no structure', plan: edit(BUSAN, ['        structure distributed\n', '']), at: ['20:vision'] },
        {
            name: 'no choice at all: one diagnostic per missing choice',
            plan: edit(BUSAN, ['        strategy attraction\n', ''], ['        scope hightech\n', ''], ['        structure distributed\n', '']),
            at: ['20:vision', '20:vision', '20:vision']
        },
        { name: 'an empty vision block', plan: edit(BUSAN, [VISION, '\n    vision "허브" { }\n']), at: ['20:vision', '20:vision', '20:vision'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'the other option of each choice', plan: edit(BUSAN, ['strategy attraction', 'strategy greenfield'], ['scope hightech', 'scope lifescience'], ['structure distributed', 'structure integrated']) },
        { name: 'no vision (vision-required reports that)', plan: edit(BUSAN, [VISION, '\n']) }
    ]
});
