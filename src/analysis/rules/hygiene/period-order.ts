import { endsBeforeStart } from '../../checks/periods.js';
import type { Violation } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'period-order',
    category: 'hygiene',
    severity: 'error',
    kind: 'principle',
    principle: {
        ko: '기간은 시작 연도가 끝 연도보다 늦을 수 없다.',
        en: 'A period cannot end before it starts.'
    },
    trigger: {
        ko: 'horizon이나 period의 끝이 시작보다 앞설 때',
        en: 'a `horizon` or `period` ends before it starts'
    },
    messages: {
        main: {
            ko: '과제 {name}의 기간(period {start} to {end})은 끝 연도가 시작 연도보다 앞서 기간이 성립하지 않습니다. 기간은 시작 연도부터 끝 연도까지이므로 다른 과제·계획 기간과 견줄 수 없습니다: `period {end} to {start}`처럼 앞선 연도를 먼저 쓰세요.',
            en: 'Task {name} has `period {start} to {end}`, which ends before it starts, so it cannot be compared with other tasks or the horizon: write the earlier year first, `period {end} to {start}`.'
        },
        horizon: {
            ko: '계획 기간(horizon {start} to {end})은 끝 연도가 시작 연도보다 앞서 기간이 성립하지 않습니다. 계획 기간이 성립해야 과제 기간과 10년 육성 기간을 점검할 수 있습니다: `horizon {end} to {start}`처럼 앞선 연도를 먼저 쓰세요.',
            en: 'The plan `horizon {start} to {end}` ends before it starts, so neither the task periods nor the ten-year span can be checked against it: write the earlier year first, `horizon {end} to {start}`.'
        }
    },
    applies: facts => facts.horizon !== undefined || facts.tasks.some(task => task.period),
    check: facts => {
        const violations: Violation[] = [];
        if (facts.horizon && endsBeforeStart(facts.horizon)) {
            violations.push({ node: facts.horizon, args: { start: facts.horizon.start, end: facts.horizon.end }, message: 'horizon' });
        }
        for (const task of facts.tasks) {
            if (task.period && endsBeforeStart(task.period)) {
                violations.push({ node: task.period, args: { name: task.node.name, start: task.period.start, end: task.period.end } });
            }
        }
        return violations;
    },
    examples: {
        failing: 'horizon 2035 to 2026',
        passing: 'horizon 2026 to 2035'
    }
});
