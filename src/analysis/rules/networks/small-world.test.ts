import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './small-world.js';

const BRIDGE = '\n        bridge TalentCircle via DrJeong     // the champion ties the two groups';
const TALENT_MEMBERS = 'members PNU, PKNU, BlueCell, DongNam';
const apart = edit(BUSAN, [BRIDGE, ''], [TALENT_MEMBERS, 'members PNU, PKNU, DongNam']);
const oneNetwork = (members: string) => edit(BUSAN, [BRIDGE, ''], [/\n    network TalentCircle[\s\S]*?\n    \}\n/, '\n'],
    ['members SeaGen, BlueCell, MarineInst', `members ${members}`]);

testRule(rule, {
    fires: [
        {
            name: 'two networks with no bridge and no shared member: on the second, relating the first',
            plan: apart, at: ['107:TalentCircle'], related: [['99:DiscoveryForum']]
        },
        {
            name: 'a shared host does not tie two networks',
            plan: edit(apart, ['host PNU', 'host BMBA']), at: ['107:TalentCircle'], related: [['99:DiscoveryForum']]
        },
        {
            name: 'one network holding six different actors',
            plan: oneNetwork('SeaGen, BlueCell, MarineInst, PNU, PKNU, DongNam'), at: ['99:DiscoveryForum'], related: [[]]
        }
    ],
    silent: [
        { name: 'the example plan: a shared member and a bridge', plan: BUSAN },
        { name: 'two networks tied by a bridge only', plan: edit(BUSAN, [TALENT_MEMBERS, 'members PNU, PKNU, DongNam']) },
        { name: 'two networks tied by a shared member only', plan: edit(BUSAN, [BRIDGE, '']) },
        { name: 'one network of five different actors, one named twice', plan: oneNetwork('SeaGen, BlueCell, MarineInst, PNU, PKNU, SeaGen') }
    ]
});
