import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './network-required.js';

testRule(rule, {
    fires: [
        {
            name: 'no network: on the plan',
            plan: edit(BUSAN, [/\n    network DiscoveryForum[\s\S]*?\n    \}\n/, '\n'], [/\n    network TalentCircle[\s\S]*?\n    \}\n/, '\n']),
            at: ['5:plan']
        }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'one network without a block', plan: edit(BUSAN, [/\n    network DiscoveryForum[\s\S]*?\n    \}\n/, '\n'], [/\n    network TalentCircle[\s\S]*?\n    \}\n/, '\n    network Forum "포럼"\n']) }
    ]
});
