import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './tech-transfer-reward.js';

const RESPONSE = 'response collaboration, transfer, reward';
const PROBLEM = /\n {4}problem mismatch [^{]*\{[^}]*\}\n/;

testRule(rule, {
    fires: [
        {
            name: 'no problem lists reward: on the first institute, relating the mismatch problem',
            plan: edit(BUSAN, [RESPONSE, 'response collaboration, transfer']), at: ['45:MarineInst'], related: [['135:mismatch']]
        },
        { name: 'no problem at all', plan: edit(BUSAN, [PROBLEM, '\n']), at: ['45:MarineInst'], related: [[]] },
        {
            name: 'only a problem of another kind',
            plan: edit(BUSAN, ['problem mismatch', 'problem linkage'], [RESPONSE, 'response dialogue']), at: ['45:MarineInst'], related: [[]]
        },
        { name: 'a university when the first institution has no type', plan: edit(BUSAN, [RESPONSE, 'response collaboration'], ['\n        type institute', '']), at: ['51:PNU'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'reward on a problem of another kind still rewards transfer', plan: edit(BUSAN, ['problem mismatch', 'problem purchasing'], [RESPONSE, 'response procurement, reward']) },
        { name: 'hospitals only', plan: 'plan P "계획" {\n    institution H "대학병원" { type hospital }\n}\n' }
    ]
});
