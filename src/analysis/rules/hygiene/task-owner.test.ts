import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { testRule } from '../../../../test/support/rule-cases.js';
import rule from './task-owner.js';

testRule(rule, {
    fires: [
        { name: 'a task without an owner: on its name', plan: edit(BUSAN, ['\n        owner PKNU', '']), at: ['147:T2'] },
        { name: 'an empty task block', plan: edit(BUSAN, [/\n    task T3 "[^"]*" \{[\s\S]*?\n    \}\n/, '\n    task T3 "세제 지원" { }\n']), at: ['155:T3'] },
        { name: 'one diagnostic per task', plan: edit(BUSAN, ['\n        owner BusanCity', ''], ['\n        owner PKNU', '']), at: ['139:T1', '146:T2'] }
    ],
    silent: [
        { name: 'the example plan: every task has an owner', plan: BUSAN },
        { name: 'a champion may own a task', plan: edit(BUSAN, ['owner BMBA\n        period 2026 to 2027', 'owner DrJeong\n        period 2026 to 2027']) },
        { name: 'a plan without tasks', plan: 'plan P "계획" {\n    region "부산광역시"\n}\n' }
    ]
});
