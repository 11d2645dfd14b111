import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './duplicate-name.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['firm BlueCell', 'firm SeaGen "중복"\n    firm BlueCell']), at: ['55:SeaGen'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a variant that keeps the principle (1)', plan: edit(BUSAN, ['plan BusanMarineBio', 'plan SeaGen']) }
    ]
});
