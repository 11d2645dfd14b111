import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './agency-independent.js';

const AGENCY = /agency BMBA "([^"]*)" \{[\s\S]*?\n {4}\}/;
const SECOND_AGENCY = (agency: string) => edit(BUSAN, ['    government BusanCity', `    ${agency}\n    government BusanCity`]);

testRule(rule, {
    fires: [
        { name: 'an agency without independent: on its name', plan: edit(BUSAN, ['        independent\n', '']), at: ['28:BMBA'] },
        { name: 'a second agency without a block', plan: SECOND_AGENCY('agency Office "부산시 바이오팀"'), at: ['37:Office'] },
        { name: 'two agencies, neither independent: one finding each', plan: edit(SECOND_AGENCY('agency Office "부산시 바이오팀" { budget 5 억원 }'), ['        independent\n', '']), at: ['28:BMBA', '36:Office'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a second agency that is independent too', plan: SECOND_AGENCY('agency Office "부산시 바이오팀" { independent }') },
        { name: 'a plan without an agency (agency-required reports that)', plan: edit(BUSAN, [AGENCY, 'firm BMBA "$1"']) }
    ]
});
