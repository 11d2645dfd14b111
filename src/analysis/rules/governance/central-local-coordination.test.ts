import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './central-local-coordination.js';

const COORDINATES = 'coordinates MOF, BusanCity';
const AGENCY = /agency BMBA "([^"]*)" \{[\s\S]*?\n {4}\}/;
const MOF = 'government MOF "해양수산부 해양바이오산업과" { level central }';

testRule(rule, {
    fires: [
        {
            name: 'a central government no agency coordinates: on its name, relating the agency',
            plan: edit(BUSAN, [COORDINATES, 'coordinates BusanCity']), at: ['38:MOF'], related: [['28:BMBA']]
        },
        {
            name: 'an agency without coordinates',
            plan: edit(BUSAN, [/\n {8}coordinates MOF[^\n]*/, '']), at: ['37:MOF'], related: [['28:BMBA']]
        },
        {
            name: 'no agency at all: nothing to relate',
            plan: edit(BUSAN, [AGENCY, 'firm BMBA "$1"']), at: ['31:MOF'], related: [[]]
        },
        {
            name: 'two central governments, one coordinated: one finding, on the other',
            plan: edit(BUSAN, [MOF, `${MOF}\n    government MOHW "보건복지부" { level central }`]), at: ['39:MOHW'], related: [['28:BMBA']]
        },
        {
            name: 'the agency that already coordinates is the one related',
            plan: edit(BUSAN, [COORDINATES, 'coordinates BusanCity'], ['    government BusanCity', '    agency Office "운영법인" { independent }\n    government BusanCity']),
            at: ['39:MOF'], related: [['28:BMBA']]
        }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a local government nobody coordinates', plan: edit(BUSAN, [COORDINATES, 'coordinates MOF']) },
        { name: 'a government without a level', plan: edit(BUSAN, [COORDINATES, 'coordinates BusanCity'], [MOF, 'government MOF "해양수산부 해양바이오산업과"']) },
        {
            name: 'the central government coordinated by a second agency',
            plan: edit(BUSAN, [COORDINATES, 'coordinates BusanCity'], ['    government BusanCity', '    agency Office "운영법인" { independent coordinates MOF }\n    government BusanCity'])
        }
    ]
});
