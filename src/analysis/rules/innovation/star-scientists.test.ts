import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './star-scientists.js';

testRule(rule, {
    fires: [
        { name: 'scientists 0: on the zero', plan: edit(BUSAN, ['scientists 4', 'scientists 0']), at: ['49:0'] },
        { name: 'no institution declares scientists: on the plan', plan: edit(BUSAN, ['\n        scientists 4', '']), at: ['5:plan'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'one scientist', plan: edit(BUSAN, ['scientists 4', 'scientists 1']) },
        { name: 'zero at one institution, two at another', plan: edit(BUSAN, ['scientists 4', 'scientists 0'], ['type university\n        tier national', 'type university\n        tier national\n        scientists 2']) }
    ]
});
