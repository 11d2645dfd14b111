import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './overseas-link.js';

testRule(rule, {
    fires: [
        { name: 'only domestic links: on the plan', plan: edit(BUSAN, ['scope overseas', 'scope domestic']), at: ['5:plan'] },
        { name: 'a link without a scope is not overseas', plan: edit(BUSAN, ['\n        scope overseas', '']), at: ['5:plan'] },
        {
            name: 'no link at all',
            plan: edit(BUSAN, [/\n    link OsongLink[\s\S]*?\n    \}\n/, '\n'], [/\n    link SanDiegoLink[\s\S]*?\n    \}\n/, '\n'], ['        outsource clinical, manufacturing to OsongLink\n', '']),
            at: ['5:plan']
        }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'an overseas link without a tier or channel still counts', plan: edit(BUSAN, ['        tier global\n        channel "공동연구 및 인력교류 프로그램"\n', '']) }
    ]
});
