import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './local-university-plan.js';

/** Task T7, the long-term research task of the local university PNU. */
const T7 = 'term long\n        owner PNU';
const PNU_ORIGIN = 'tier national\n        origin local';
const PKNU_ORIGIN = 'tier regional\n        origin local';

testRule(rule, {
    fires: [
        {
            name: 'the local university\'s long-term task has no research goal: on the first local university, relating the other',
            plan: edit(BUSAN, ['goals research, researchers', 'goals researchers']), at: ['52:PNU'], related: [['58:PKNU']]
        },
        { name: 'its research task is short-term', plan: edit(BUSAN, [T7, 'term short\n        owner PNU']), at: ['52:PNU'], related: [['58:PKNU']] },
        { name: 'the long-term research task is owned by an institute', plan: edit(BUSAN, [T7, 'term long\n        owner MarineInst']), at: ['52:PNU'] },
        {
            name: 'a university without an origin counts as local',
            plan: edit(BUSAN, [T7, 'term long\n        owner MarineInst'], [PNU_ORIGIN, 'tier national'], [PKNU_ORIGIN, 'tier regional\n        origin external']),
            at: ['52:PNU'], related: [[]]
        },
        {
            name: 'a task of an external university does not count',
            plan: edit(BUSAN, [PNU_ORIGIN, 'tier national\n        origin external']), at: ['58:PKNU'], related: [[]]
        }
    ],
    silent: [
        { name: 'the example plan: PNU owns a long-term research task', plan: BUSAN },
        { name: 'the other local university owns it', plan: edit(BUSAN, [T7, 'term long\n        owner PKNU']) },
        { name: 'the owning university has no origin', plan: edit(BUSAN, [PNU_ORIGIN, 'tier national']) },
        {
            name: 'no local university: both are external',
            plan: edit(BUSAN, [T7, 'term long\n        owner MarineInst'], [PNU_ORIGIN, 'tier national\n        origin external'], [PKNU_ORIGIN, 'tier regional\n        origin external'])
        },
        { name: 'institutions of other types only', plan: 'plan P "계획" {\n    institution KIOST "해양과학기술원" { type institute origin local }\n}\n' }
    ]
});
