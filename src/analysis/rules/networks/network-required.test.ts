import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './network-required.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, [/\n    network DiscoveryForum[\s\S]*?\n    \}\n/, '\n'], [/\n    network TalentCircle[\s\S]*?\n    \}\n/, '\n']), at: ['4:plan'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN }
    ]
});
