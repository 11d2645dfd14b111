import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './value-chain-position.js';

const POSITION = 'position research, discovery, preclinical';
const positioned = (segments: string) => edit(BUSAN, [POSITION, `position ${segments}`]);

testRule(rule, {
    fires: [
        { name: 'no position: on the vision', plan: edit(BUSAN, [`        ${POSITION}\n`, '']), at: ['20:vision'] },
        {
            name: 'all six segments: on the position',
            plan: positioned('research, discovery, preclinical, clinical, manufacturing, marketing'),
            at: ['24:position research, discovery, preclinica…']
        },
        {
            name: 'all six in another order, one named twice',
            plan: positioned('marketing, research, clinical, discovery, research, manufacturing, preclinical'),
            at: ['24:position marketing, research, clinical, …']
        }
    ],
    silent: [
        { name: 'the example plan: three segments', plan: BUSAN },
        { name: 'five segments', plan: positioned('research, discovery, preclinical, clinical, manufacturing') },
        { name: 'six entries naming five segments', plan: positioned('research, discovery, preclinical, clinical, manufacturing, research') },
        { name: 'no vision (vision-required reports that)', plan: edit(BUSAN, [/\n    vision "[^"]*" \{[\s\S]*?\n    \}\n/, '\n']) }
    ]
});
