import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './private-capital.js';

/** The joint fund BioVenture has 500 억원 of the plan's 640; the public funds SeedRnD 80 and SharedLab 60. */
const JOINT_AMOUNT = 'amount 500 억원';
const SEED_AMOUNT = 'amount 80 억원';
const FUNDS = ['71:BioVenture', '80:SeedRnD', '90:SharedLab'];

testRule(rule, {
    fires: [
        { name: 'no private or joint fund: on the plan', plan: edit(BUSAN, ['source joint', 'source public']), at: ['5:plan'], related: [[]] },
        { name: 'no fund at all', plan: edit(BUSAN, [/\n {4}fund \w+ "[^"]*" \{[^}]*\}\n/g, '\n']), at: ['5:plan'] },
        { name: 'private and joint money below a quarter: relating every fund', plan: edit(BUSAN, [JOINT_AMOUNT, 'amount 40 억원']), at: ['5:plan'], related: [FUNDS] },
        {
            name: 'just below a quarter, in another unit (49.99 of 199.99 억원)',
            plan: edit(BUSAN, [JOINT_AMOUNT, 'amount 4999 백만원'], [SEED_AMOUNT, 'amount 90 억원']), at: ['5:plan'], related: [FUNDS]
        },
        {
            name: 'a joint fund without an amount counts as 0',
            plan: edit(BUSAN, [`\n        ${JOINT_AMOUNT}`, '']), at: ['5:plan'], related: [['71:BioVenture', '79:SeedRnD', '89:SharedLab']]
        }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'exactly a quarter (50 of 200 억원)', plan: edit(BUSAN, [JOINT_AMOUNT, 'amount 50 억원'], [SEED_AMOUNT, 'amount 90 억원']) },
        { name: 'exactly a quarter, in 조원', plan: edit(BUSAN, [JOINT_AMOUNT, 'amount 0.005 조원'], [SEED_AMOUNT, 'amount 90 억원']) },
        { name: 'a private fund instead of the joint one', plan: edit(BUSAN, ['source joint', 'source private']) },
        { name: 'no fund has an amount', plan: edit(BUSAN, [/\n {8}amount [^\n]*/g, '']) },
        { name: 'every amount is zero', plan: edit(BUSAN, [/amount \d+ 억원/g, 'amount 0 억원']) }
    ]
});
