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
            ko: '과제 {name}의 기간(period)이 {start}년에 시작해 {end}년에 끝납니다. 끝 연도가 시작 연도보다 앞섭니다.',
            en: 'Task {name} has a period that starts in {start} but ends in {end}, before it starts.'
        },
        horizon: {
            ko: '계획 기간(horizon)이 {start}년에 시작해 {end}년에 끝납니다. 끝 연도가 시작 연도보다 앞섭니다.',
            en: 'The plan horizon starts in {start} but ends in {end}, before it starts.'
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
