import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './duplicate-name.js';

testRule(rule, {
    fires: [
        {
            name: 'two firms of one name: on the second, relating the first',
            plan: edit(BUSAN, ['    firm BlueCell', '    firm SeaGen "중복"\n    firm BlueCell']), at: ['66:SeaGen'], related: [['65:SeaGen']]
        },
        {
            name: 'elements of different kinds',
            plan: edit(BUSAN, ['    firm BlueCell', '    firm PNU "중복"\n    firm BlueCell']), at: ['66:PNU'], related: [['52:PNU']]
        },
        {
            name: 'three declarations: the later two relate the first',
            plan: edit(BUSAN, ['    firm BlueCell', '    firm SeaGen "둘째"\n    fund SeaGen "셋째"\n    firm BlueCell']),
            at: ['66:SeaGen', '67:SeaGen'], related: [['65:SeaGen'], ['65:SeaGen']]
        }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'the plan may share a name with an element', plan: edit(BUSAN, ['plan BusanMarineBio', 'plan SeaGen']) }
    ]
});
