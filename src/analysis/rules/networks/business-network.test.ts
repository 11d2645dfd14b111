import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './business-network.js';

const TALENT_KIND = '        kind business\n        members PNU';
const talentKind = (kind: string) => edit(BUSAN, [TALENT_KIND, `        ${kind}\n        members PNU`]);
const cityHosted = edit(BUSAN, ['host BMBA', 'host BusanCity']);

testRule(rule, {
    fires: [
        { name: 'kind official: on the kind', plan: talentKind('kind official'), at: ['109:official'] },
        { name: 'kind social', plan: talentKind('kind social'), at: ['109:social'] },
        { name: 'no kind: on the network name', plan: edit(BUSAN, [TALENT_KIND, '        members PNU']), at: ['108:TalentCircle'] },
        { name: 'a network without a block has no kind', plan: edit(BUSAN, [/\n    network TalentCircle[\s\S]*?\n    \}\n/, '\n    network TalentCircle "교류회"\n']), at: ['108:TalentCircle'] },
        { name: 'a business network hosted by a government: on the host', plan: cityHosted, at: ['102:BusanCity'] },
        { name: 'hosted by the central government', plan: edit(BUSAN, ['host BMBA', 'host MOF']), at: ['102:MOF'] },
        {
            name: 'an official network hosted by a government: one diagnostic, on the kind, relating the host',
            plan: edit(cityHosted, ['kind business\n        members SeaGen', 'kind official\n        members SeaGen']),
            at: ['100:official'], related: [['102:BusanCity']]
        },
        {
            name: 'no kind and a government host: on the name, relating the host',
            plan: edit(cityHosted, ['        kind business\n        members SeaGen', '        members SeaGen']),
            at: ['99:DiscoveryForum'], related: [['101:BusanCity']]
        },
        { name: 'one diagnostic per network', plan: edit(talentKind('kind social'), ['kind business', 'kind official']), at: ['100:official', '109:social'] }
    ],
    silent: [
        { name: 'the example plan: business networks hosted by the agency and a university', plan: BUSAN },
        { name: 'a business network hosted by a firm', plan: edit(BUSAN, ['host BMBA', 'host SeaGen']) },
        { name: 'a business network without a host', plan: edit(BUSAN, ['\n        host BMBA', '']) },
        { name: 'a government as a member does not make the network government-run', plan: edit(BUSAN, ['members SeaGen, BlueCell, MarineInst', 'members SeaGen, BlueCell, MarineInst, BusanCity']) }
    ]
});
