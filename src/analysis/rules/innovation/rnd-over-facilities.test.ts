import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './rnd-over-facilities.js';

/** Public money: SharedLab 60 억원 for facilities, SeedRnD 80 억원 for research. */
const LAB_AMOUNT = 'amount 60 억원';
const LAB_SOURCE = 'source public\n        amount 60 억원';
const SEED_SOURCE = 'source public\n        amount 80 억원';

testRule(rule, {
    fires: [
        {
            name: 'more public money for facilities than for research: on the facilities fund, relating the research fund',
            plan: edit(BUSAN, [LAB_AMOUNT, 'amount 90 억원']), at: ['90:SharedLab'], related: [['80:SeedRnD']]
        },
        { name: 'just more, in another unit (80.01 억원)', plan: edit(BUSAN, [LAB_AMOUNT, 'amount 8001 백만원']), at: ['90:SharedLab'], related: [['80:SeedRnD']] },
        { name: 'a facilities fund without a source is public money', plan: edit(BUSAN, [LAB_SOURCE, 'amount 90 억원']), at: ['90:SharedLab'], related: [['80:SeedRnD']] },
        { name: 'a private research fund does not count', plan: edit(BUSAN, [SEED_SOURCE, 'source private\n        amount 80 억원']), at: ['90:SharedLab'], related: [[]] },
        {
            name: 'two facilities funds: on the larger, relating the other and the research fund',
            plan: edit(BUSAN, ['    network DiscoveryForum', '    fund Dock "해양바이오 부두 시설" { source joint amount 100 억원 purpose infrastructure }\n\n    network DiscoveryForum']),
            at: ['99:Dock'], related: [['90:SharedLab', '80:SeedRnD']]
        }
    ],
    silent: [
        { name: 'the example plan: 60 for facilities, 80 for research', plan: BUSAN },
        { name: 'as much for facilities as for research', plan: edit(BUSAN, [LAB_AMOUNT, 'amount 80 억원']) },
        { name: 'as much, in 조원', plan: edit(BUSAN, [LAB_AMOUNT, 'amount 0.008 조원']) },
        { name: 'private money for facilities does not count', plan: edit(BUSAN, [LAB_SOURCE, 'source private\n        amount 900 억원']) },
        { name: 'no fund for facilities', plan: edit(BUSAN, ['purpose infrastructure', 'purpose investment'], ['purpose research', 'purpose investment']) },
        { name: 'a facilities fund without an amount and no research fund', plan: edit(BUSAN, [`\n        ${LAB_AMOUNT}`, ''], ['purpose research', 'purpose investment']) }
    ]
});
