import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './problem-response.js';

const RESPONSE = 'response collaboration, transfer, reward';
const PROBLEM_END = '        response collaboration, transfer, reward\n    }\n';

testRule(rule, {
    fires: [
        { name: 'no recommended response: on the problem kind', plan: edit(BUSAN, [RESPONSE, 'response procurement']), at: ['135:mismatch'] },
        {
            name: 'a problem without responses, beside one that is answered',
            plan: edit(BUSAN, [PROBLEM_END, `${PROBLEM_END}\n    problem market "독점적 유통 구조" { }\n`]), at: ['139:market']
        }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'reward alone answers a mismatch', plan: edit(BUSAN, [RESPONSE, 'response reward']) },
        { name: 'one recommended response among others', plan: edit(BUSAN, [RESPONSE, 'response procurement, training']) }
    ]
});
