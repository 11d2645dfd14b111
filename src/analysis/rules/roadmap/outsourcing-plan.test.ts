import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './outsourcing-plan.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['outsource clinical, manufacturing to OsongLink', '']), at: ['22:structure distributed'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a variant that keeps the principle (1)', plan: edit(BUSAN, ['outsource clinical, manufacturing to OsongLink', ''], ['structure distributed', 'structure integrated']) }
    ]
});
