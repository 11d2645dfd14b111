import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './hightech-myopia.js';

const STRENGTHS = '        strength "국립 해양생물자원 연구기반과 대형 수산 가공단지"\n        strength "부산대·부경대의 해양생명공학 학과"\n';
const strength = (text: string) => edit(BUSAN, [STRENGTHS, `        strength ${text}\n`]);
const noLocal = BUSAN.replaceAll('origin local', 'origin external');
const EVERY_INSTITUTION_AND_FIRM = ['45:MarineInst', '52:PNU', '58:PKNU', '65:SeaGen', '66:BlueCell', '67:DongNam'];

testRule(rule, {
    fires: [
        { name: 'no strength: on the scope, relating the assessment', plan: edit(BUSAN, [STRENGTHS, '']), at: ['20:scope hightech'], related: [['11:assessment']] },
        { name: 'an empty strength', plan: strength('""'), at: ['21:scope hightech'], related: [['11:assessment']] },
        { name: 'a strength of white space and U+3000', plan: strength('" \u3000\t"'), at: ['21:scope hightech'], related: [['11:assessment']] },
        { name: 'a strength left as a placeholder', plan: strength('"<강점>"'), at: ['21:scope hightech'], related: [['11:assessment']] },
        { name: 'no assessment at all', plan: edit(BUSAN, [/\n    assessment \{[\s\S]*?\n    \}\n/, '\n']), at: ['14:scope hightech'], related: [[]] },
        { name: 'no local institution or firm: relating each of them', plan: noLocal, at: ['22:scope hightech'], related: [EVERY_INSTITUTION_AND_FIRM] },
        {
            name: 'institutions and firms without any origin',
            plan: edit(BUSAN.replaceAll('\n        origin local', '').replaceAll(' origin local', ''), ['\n        origin external\n        scientists', '\n        scientists']),
            at: ['22:scope hightech'], related: [['45:MarineInst', '51:PNU', '56:PKNU', '62:SeaGen', '63:BlueCell', '64:DongNam']]
        },
        { name: 'neither: one diagnostic relating all', plan: edit(noLocal, [STRENGTHS, '']), at: ['20:scope hightech'], related: [['11:assessment', '43:MarineInst', '50:PNU', '56:PKNU', '63:SeaGen', '64:BlueCell', '65:DongNam']] },
        {
            name: 'a local champion does not count',
            plan: edit(noLocal, ['role "기업인 네트워크 활성화와 해외 클러스터 연계"\n        origin external', 'role "기업인 네트워크 활성화와 해외 클러스터 연계"\n        origin local']),
            at: ['22:scope hightech'], related: [EVERY_INSTITUTION_AND_FIRM]
        }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'one local firm is enough', plan: edit(noLocal, ['firm DongNam "동남수산바이오(주)" { origin external', 'firm DongNam "동남수산바이오(주)" { origin local']) },
        { name: 'one local institution is enough', plan: edit(noLocal, ['tier regional\n        origin external', 'tier regional\n        origin local']) },
        { name: 'one written strength beside a blank one', plan: edit(BUSAN, ['strength "부산대·부경대의 해양생명공학 학과"', 'strength ""']) },
        { name: 'a life-science vision, with neither', plan: edit(noLocal, [STRENGTHS, ''], ['scope hightech', 'scope lifescience']) },
        { name: 'no scope', plan: edit(noLocal, [STRENGTHS, ''], ['        scope hightech\n', '']) }
    ]
});
