import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './starting-point.js';

const noPartners = edit(BUSAN, ['\n        partner BMBA', ''], ['\n        partner MarineInst', '']);
const homeGrown = noPartners.replaceAll('origin external', 'origin local');

testRule(rule, {
    fires: [
        { name: 'no partner and nothing brought in: on the plan, relating the links', plan: homeGrown, at: ['5:plan'], related: [['116:OsongLink', '122:SanDiegoLink']] },
        { name: 'no link at all', plan: edit(homeGrown, [/\n    link OsongLink[\s\S]*?\n    \}\n/, '\n'], [/\n    link SanDiegoLink[\s\S]*?\n    \}\n/, '\n'], ['        outsource clinical, manufacturing to OsongLink\n', '']), at: ['5:plan'], related: [[]] },
        { name: 'no origin anywhere', plan: homeGrown.replaceAll('\n        origin local', '').replaceAll(' origin local', ''), at: ['5:plan'], related: [['112:OsongLink', '118:SanDiegoLink']] }
    ],
    silent: [
        { name: 'the example plan: partners and an external champion', plan: BUSAN },
        { name: 'one link with a partner', plan: edit(BUSAN.replaceAll('origin external', 'origin local'), ['\n        partner MarineInst', '']) },
        { name: 'an external champion only', plan: edit(homeGrown, ['role "기업인 네트워크 활성화와 해외 클러스터 연계"\n        origin local', 'role "기업인 네트워크 활성화와 해외 클러스터 연계"\n        origin external']) },
        { name: 'an external institution only', plan: edit(homeGrown, ['tier global\n        origin local', 'tier global\n        origin external']) },
        { name: 'an external firm only', plan: edit(homeGrown, ['firm BlueCell "블루셀바이오(주)" { origin local', 'firm BlueCell "블루셀바이오(주)" { origin external']) }
    ]
});
