import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './agency-required.js';

/** The agency's block, replaced by a firm of the same name so that every reference still resolves. */
const AGENCY = /agency BMBA "([^"]*)" \{[\s\S]*?\n {4}\}/;

testRule(rule, {
    fires: [
        { name: 'no agency: on the plan', plan: edit(BUSAN, [AGENCY, 'firm BMBA "$1"']), at: ['5:plan'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'two agencies', plan: edit(BUSAN, ['    government BusanCity', '    agency Office "부산시 바이오팀" { independent }\n    government BusanCity']) }
    ]
});
