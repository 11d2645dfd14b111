import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './fund-source.js';

testRule(rule, {
    fires: [
        { name: 'a fund without a source: on its name', plan: edit(BUSAN, ['        source public\n        amount 80 억원', '        amount 80 억원']), at: ['80:SeedRnD'] },
        { name: 'a fund without a block', plan: edit(BUSAN, ['firm DongNam', 'fund Gift "기부금"\n    firm DongNam']), at: ['67:Gift'] }
    ],
    silent: [
        { name: 'the example plan: every fund has a source', plan: BUSAN },
        { name: 'a plan without funds', plan: 'plan P "계획" {\n    region "부산광역시"\n}\n' }
    ]
});
