import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './low-cost-trap.js';

const POSITION = 'position research, discovery, preclinical';
const positioned = (segments: string) => edit(BUSAN, [POSITION, `position ${segments}`]);

testRule(rule, {
    fires: [
        { name: 'manufacturing and marketing only: on the position', plan: positioned('manufacturing, marketing'), at: ['24:position manufacturing, marketing'] },
        { name: 'manufacturing only', plan: positioned('manufacturing'), at: ['24:position manufacturing'] },
        { name: 'marketing only, named twice', plan: positioned('marketing, marketing'), at: ['24:position marketing, marketing'] }
    ],
    silent: [
        { name: 'the example plan: research segments', plan: BUSAN },
        { name: 'one research segment beside the cost segments', plan: positioned('manufacturing, marketing, clinical') },
        { name: 'no position (value-chain-position reports that)', plan: edit(BUSAN, [`        ${POSITION}\n`, '']) }
    ]
});
