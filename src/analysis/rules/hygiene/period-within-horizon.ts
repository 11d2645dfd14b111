import { endsBeforeStart } from '../../checks/periods.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'period-within-horizon',
    category: 'hygiene',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '과제 기간은 계획 기간 안에 있다.',
        en: 'Task periods lie within the plan horizon.'
    },
    trigger: {
        ko: '과제 period가 horizon보다 먼저 시작하거나 늦게 끝날 때 (horizon이 없거나 잘못되었으면 제외)',
        en: 'a task\'s `period` starts before or ends after the `horizon` (silent without a valid horizon)'
    },
    messages: {
        main: {
            ko: '과제 {name}의 기간({start}–{end})이 계획 기간({horizonStart}–{horizonEnd})을 벗어납니다.',
            en: 'Task {name} runs {start}–{end}, outside the plan horizon {horizonStart}–{horizonEnd}.'
        }
    },
    applies: facts => facts.horizon !== undefined && !endsBeforeStart(facts.horizon) && facts.tasks.some(task => task.period),
    check: facts => {
        const horizon = facts.horizon;
        if (!horizon || endsBeforeStart(horizon)) {
            return [];
        }
        return facts.tasks
            .filter(task => task.period && (task.period.start < horizon.start || task.period.end > horizon.end))
            .map(task => ({
                node: task.period!,
                args: {
                    name: task.node.name, start: task.period!.start, end: task.period!.end,
                    horizonStart: horizon.start, horizonEnd: horizon.end
                }
            }));
    },
    examples: {
        failing: 'horizon 2026 to 2035\ntask T1 "인력 양성" { period 2024 to 2027 }',
        passing: 'horizon 2026 to 2035\ntask T1 "인력 양성" { period 2026 to 2028 }'
    }
});
