import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './demand-industries.js';

const HOSPITAL = 'industry PNUH "부산대학교병원" { kind hospital }';

testRule(rule, {
    fires: [
        { name: 'a related industry that is not on the demand side: on the plan', plan: edit(BUSAN, ['kind hospital', 'kind cro']), at: ['5:plan'] },
        { name: 'an industry without a kind', plan: edit(BUSAN, [HOSPITAL, 'industry PNUH "부산대학교병원"']), at: ['5:plan'] },
        { name: 'no industry at all', plan: edit(BUSAN, [`\n    ${HOSPITAL}\n`, '']), at: ['5:plan'] }
    ],
    silent: [
        { name: 'the example plan: a hospital', plan: BUSAN },
        { name: 'a pharma company', plan: edit(BUSAN, ['kind hospital', 'kind pharma']) }
    ]
});
