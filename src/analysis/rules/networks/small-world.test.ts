import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './small-world.js';

testRule(rule, {
    fires: [
        { name: 'the example plan with the principle broken', plan: edit(BUSAN, ['bridge TalentCircle via DrJeong', ''], ['members PNU, BlueCell', 'members PNU'], ['host PNU', 'host BMBA']), at: ['86:TalentCircle'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a variant that keeps the principle (1)', plan: edit(BUSAN, ['bridge TalentCircle via DrJeong', '']) }
    ]
});
