import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './consensus-required.js';

const CONSENSUS = 'consensus "시장, 시의회 여야, 지역 대학·기업 대표가 서명한 12년 협약 (2026년 3월)"';

testRule(rule, {
    fires: [
        { name: 'no consensus entry: on the assessment', plan: edit(BUSAN, [`\n        ${CONSENSUS}`, '']), at: ['11:assessment'] },
        { name: 'an empty consensus: on its text', plan: edit(BUSAN, [CONSENSUS, 'consensus ""']), at: ['17:""'] },
        { name: 'a consensus of white space only', plan: edit(BUSAN, [CONSENSUS, 'consensus "  \t "']), at: ['17:" "'] },
        { name: 'an unfilled placeholder', plan: edit(BUSAN, [CONSENSUS, 'consensus "<여야·대학·기업이 합의한 내용>"']), at: ['17:"<여야·대학·기업이 합의한 내용>"'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a blank consensus beside a written one', plan: edit(BUSAN, [CONSENSUS, `consensus ""\n        ${CONSENSUS}`]) },
        { name: 'no assessment at all (assessment-required reports that)', plan: edit(BUSAN, [/\n    assessment \{[\s\S]*?\n    \}\n/, '\n']) }
    ]
});
