import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './firm-voice.js';

const SURVEY = '        survey quarterly\n';
const AGENCY = /agency BMBA "([^"]*)" \{[\s\S]*?\n {4}\}/;
const withOffice = (plan: string, office: string) => edit(plan, ['    government BusanCity', `    ${office}\n    government BusanCity`]);

testRule(rule, {
    fires: [
        { name: 'the agency has no survey: on its name', plan: edit(BUSAN, [SURVEY, '']), at: ['28:BMBA'] },
        { name: 'no agency at all: on the plan', plan: edit(BUSAN, [AGENCY, 'firm BMBA "$1"']), at: ['5:plan'] },
        { name: 'two agencies without a survey: once, on the first', plan: withOffice(edit(BUSAN, [SURVEY, '']), 'agency Office "부산시 바이오팀" { independent }'), at: ['28:BMBA'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'an annual survey', plan: edit(BUSAN, ['survey quarterly', 'survey annually']) },
        { name: 'only the second agency surveys firms', plan: withOffice(edit(BUSAN, [SURVEY, '']), 'agency Office "부산시 바이오팀" { independent survey monthly }') }
    ]
});
