import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './network-services.js';

testRule(rule, {
    fires: [
        { name: 'no offers: on the network name', plan: edit(BUSAN, ['\n        offers matching, overseas', '']), at: ['108:TalentCircle'] },
        { name: 'a network without a block', plan: edit(BUSAN, [/\n    network TalentCircle[\s\S]*?\n    \}\n/, '\n    network TalentCircle "교류회"\n']), at: ['108:TalentCircle'] },
        {
            name: 'one diagnostic per network',
            plan: edit(BUSAN, ['\n        offers matching, overseas', ''], ['\n        offers market, foresight, matching', '']),
            at: ['99:DiscoveryForum', '107:TalentCircle']
        }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'one service is an offer', plan: edit(BUSAN, ['offers matching, overseas', 'offers overseas']) }
    ]
});
