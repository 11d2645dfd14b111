import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './agency-budget.js';

const BUDGET = 'budget 120 억원';
const AGENCY = /agency BMBA "([^"]*)" \{[\s\S]*?\n {4}\}/;

testRule(rule, {
    fires: [
        { name: 'an agency without a budget: on its name', plan: edit(BUSAN, [`        ${BUDGET}\n`, '']), at: ['28:BMBA'] },
        { name: 'a budget of 0 억원: on the amount', plan: edit(BUSAN, [BUDGET, 'budget 0 억원']), at: ['30:0 억원'] },
        { name: 'a zero budget in KRW', plan: edit(BUSAN, [BUDGET, 'budget 0 KRW']), at: ['30:0 KRW'] },
        { name: 'a zero budget in USD', plan: edit(BUSAN, [BUDGET, 'budget 0 USD']), at: ['30:0 USD'] },
        { name: 'a zero budget in 백만원', plan: edit(BUSAN, [BUDGET, 'budget 0 백만원']), at: ['30:0 백만원'] },
        { name: 'a zero budget in 조원', plan: edit(BUSAN, [BUDGET, 'budget 0 조원']), at: ['30:0 조원'] },
        { name: 'a zero budget written with decimals and no space', plan: edit(BUSAN, [BUDGET, 'budget 0.00억원']), at: ['30:0.00억원'] },
        {
            name: 'a second agency without a budget, beside the first with a zero one',
            plan: edit(BUSAN, [BUDGET, 'budget 0 억원'], ['    government BusanCity', '    agency Office "부산시 바이오팀" { independent }\n    government BusanCity']),
            at: ['30:0 억원', '37:Office']
        }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a budget below one 억원', plan: edit(BUSAN, [BUDGET, 'budget 0.5 억원']) },
        { name: 'a budget of one won is small but not zero', plan: edit(BUSAN, [BUDGET, 'budget 1 KRW']) },
        { name: 'a plan without an agency', plan: edit(BUSAN, [AGENCY, 'firm BMBA "$1"']) }
    ]
});
