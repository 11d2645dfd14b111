import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './selective-support.js';

const BLUE = 'firm BlueCell "블루셀바이오(주)" { origin external stage startup }';
const DONGNAM = 'firm DongNam "동남수산바이오(주)" { origin local stage established }';

testRule(rule, {
    fires: [
        {
            name: 'two star firms of three: on the second, which is beyond a third',
            plan: edit(BUSAN, [BLUE, 'firm BlueCell "블루셀바이오(주)" { star origin external stage startup }']), at: ['66:star'], related: [[]]
        },
        {
            name: 'every firm a star: on the second, relating the third',
            plan: edit(BUSAN, [BLUE, 'firm BlueCell "블루셀바이오(주)" { star origin external stage startup }'], [DONGNAM, 'firm DongNam "동남수산바이오(주)" { star }']),
            at: ['66:star'], related: [['67:star']]
        }
    ],
    silent: [
        { name: 'the example plan: one star of three', plan: BUSAN },
        { name: 'two stars of six', plan: edit(BUSAN, [DONGNAM, `${DONGNAM}\n    firm F4 "넷" { star }\n    firm F5 "다섯"\n    firm F6 "여섯"`]) },
        { name: 'fewer than three firms, both stars', plan: edit(BUSAN, [`\n    ${BLUE}`, ''], [DONGNAM, 'firm DongNam "동남수산바이오(주)" { star }'], ['members SeaGen, BlueCell, MarineInst', 'members SeaGen, MarineInst'], ['members PNU, PKNU, BlueCell, DongNam', 'members PNU, PKNU, SeaGen, DongNam']) }
    ]
});
