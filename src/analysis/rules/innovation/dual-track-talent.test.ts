import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './dual-track-talent.js';

/** T2 trains the workforce, T7 researchers. */
const T2_GOALS = 'goals workforce';
const T7_GOALS = 'goals research, researchers';

testRule(rule, {
    fires: [
        { name: 'the workforce track only: on the task that covers it', plan: edit(BUSAN, [T7_GOALS, 'goals research']), at: ['152:workforce'], related: [[]] },
        { name: 'the researchers track only', plan: edit(BUSAN, [T2_GOALS, 'goals policy']), at: ['191:researchers'], related: [[]] },
        {
            name: 'two tasks on the one track: on the first, relating the second',
            plan: edit(BUSAN, [T7_GOALS, 'goals research'], ['goals talent, infrastructure', 'goals talent, workforce']),
            at: ['144:workforce'], related: [['152:workforce']]
        }
    ],
    silent: [
        { name: 'the example plan: both tracks', plan: BUSAN },
        { name: 'neither track', plan: edit(BUSAN, [T7_GOALS, 'goals research'], [T2_GOALS, 'goals policy']) },
        { name: 'both tracks on one task', plan: edit(BUSAN, [T7_GOALS, 'goals research'], [T2_GOALS, 'goals workforce, researchers']) }
    ]
});
