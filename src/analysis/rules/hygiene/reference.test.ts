import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './reference.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['owner PNU', 'owner T1']), at: ['125:T1'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a variant that keeps the principle (1)', plan: edit(BUSAN, ['firm BlueCell', 'firm task'], ['members SeaGen, BlueCell', 'members SeaGen, task'], ['members PNU, BlueCell', 'members PNU, task']) }
    ]
});
