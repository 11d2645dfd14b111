import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './meeting-cadence.js';

testRule(rule, {
    fires: [
        { name: 'no meets: on the network name', plan: edit(BUSAN, ['\n        meets quarterly', '']), at: ['108:TalentCircle'] },
        { name: 'meets annually: on the cadence', plan: edit(BUSAN, ['meets quarterly', 'meets annually']), at: ['112:annually'] },
        { name: 'a network without a block', plan: edit(BUSAN, [/\n    network TalentCircle[\s\S]*?\n    \}\n/, '\n    network TalentCircle "교류회"\n']), at: ['108:TalentCircle'] },
        {
            name: 'one diagnostic per network',
            plan: edit(BUSAN, ['meets monthly', 'meets annually'], ['\n        meets quarterly', '']),
            at: ['103:annually', '108:TalentCircle']
        }
    ],
    silent: [
        { name: 'the example plan: monthly and quarterly', plan: BUSAN },
        { name: 'no network at all (network-required reports that)', plan: edit(BUSAN, [/\n    network DiscoveryForum[\s\S]*?\n    \}\n/, '\n'], [/\n    network TalentCircle[\s\S]*?\n    \}\n/, '\n']) }
    ]
});
