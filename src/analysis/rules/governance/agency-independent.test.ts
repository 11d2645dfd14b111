import { BUSAN, edit, elementLine } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './agency-independent.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, [/\n        independent/, '']), at: ['27:BMBA'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a plan without an agency (agency-required reports that)', plan: edit(BUSAN, [elementLine('agency', 'BMBA'), '\n    firm BMBA "진흥원이던 기업"\n']) }
    ]
});
