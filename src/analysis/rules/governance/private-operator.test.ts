import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './private-operator.js';

const OPERATOR = /\n {8}operator private[^\n]*/;
const AGENCY = /agency BMBA "([^"]*)" \{[\s\S]*?\n {4}\}/;
const withOffice = (plan: string, office: string) => edit(plan, ['    government BusanCity', `    ${office}\n    government BusanCity`]);

testRule(rule, {
    fires: [
        {
            name: 'a private-led plan whose agency does not say who runs it: on the agency, relating the leadership',
            plan: edit(BUSAN, [OPERATOR, '']), at: ['28:BMBA'], related: [['8:private']]
        },
        {
            name: 'an agency run by the public sector: on operator public',
            plan: edit(BUSAN, ['operator private', 'operator public']), at: ['33:public'], related: [['8:private']]
        },
        {
            name: 'one diagnostic for two agencies, on the one run by the public sector',
            plan: withOffice(edit(BUSAN, [OPERATOR, '']), 'agency Office "부산시 바이오팀" { independent operator public }'),
            at: ['36:public'], related: [['8:private']]
        },
        {
            name: 'no agency at all: on the leadership',
            plan: edit(BUSAN, [AGENCY, 'firm BMBA "$1"']), at: ['8:private'], related: [[]]
        }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'one of two agencies has a private operator', plan: withOffice(edit(BUSAN, [OPERATOR, '']), 'agency Office "운영법인" { independent operator private }') },
        { name: 'a joint leadership', plan: edit(BUSAN, [OPERATOR, ''], ['leadership private', 'leadership joint']) },
        { name: 'a government leadership with a public operator', plan: edit(BUSAN, ['operator private', 'operator public'], ['leadership private', 'leadership government']) },
        { name: 'no leadership', plan: edit(BUSAN, [OPERATOR, ''], ['leadership private', '']) }
    ]
});
