import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './champion-network.js';

const BRIDGE = '\n        bridge TalentCircle via DrJeong     // the champion ties the two groups';
const idle = edit(BUSAN, [BRIDGE, '']);
const NETWORKS = ['99:DiscoveryForum', '107:TalentCircle'];

testRule(rule, {
    fires: [
        { name: 'a champion in no network: on the champion, relating the networks it could join', plan: idle, at: ['40:DrJeong'], related: [NETWORKS] },
        {
            name: 'a bridge via another actor does not count',
            plan: edit(BUSAN, ['bridge TalentCircle via DrJeong', 'bridge TalentCircle via SeaGen']), at: ['40:DrJeong'], related: [['99:DiscoveryForum', '108:TalentCircle']]
        },
        {
            name: 'no network at all',
            plan: edit(BUSAN, [/\n    network DiscoveryForum[\s\S]*?\n    \}\n/, '\n'], [/\n    network TalentCircle[\s\S]*?\n    \}\n/, '\n']), at: ['40:DrJeong'], related: [[]]
        },
        {
            name: 'one diagnostic per champion',
            plan: edit(idle, ['    institution MarineInst', '    champion DrKim "김OO 교수"\n\n    institution MarineInst']),
            at: ['40:DrJeong', '45:DrKim'], related: [['101:DiscoveryForum', '109:TalentCircle'], ['101:DiscoveryForum', '109:TalentCircle']]
        }
    ],
    silent: [
        { name: 'the example plan: the champion bridges the two networks', plan: BUSAN },
        { name: 'a champion who is a member', plan: edit(idle, ['members PNU, PKNU, BlueCell, DongNam', 'members PNU, PKNU, BlueCell, DongNam, DrJeong']) },
        { name: 'a champion who hosts a network', plan: edit(idle, ['host PNU', 'host DrJeong']) },
        { name: 'no champion (champion-required reports that)', plan: edit(idle, [/\n    champion DrJeong[\s\S]*?\n    \}\n/, '\n'], ['owner DrJeong', 'owner BMBA']) }
    ]
});
