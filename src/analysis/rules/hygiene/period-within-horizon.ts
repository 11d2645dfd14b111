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
        ko: '과제 period가 horizon보다 먼저 시작하거나 늦게 끝날 때 (horizon이 없거나 period-order에 걸리면 제외)',
        en: 'a task\'s `period` starts before or ends after the plan\'s `horizon` (silent when there is no horizon or the horizon fails `period-order`)'
    },
    messages: {
        main: {
            ko: '과제 {name}의 기간({start}–{end})이 계획 기간({horizonStart}–{horizonEnd})을 벗어납니다. 계획 기간 밖의 과제는 이 계획의 예산과 일정에 담기지 않습니다: `period {withinStart} to {withinEnd}`처럼 계획 기간 안으로 줄이거나 계획 기간(horizon)을 늘리세요.',
            en: 'Task {name} runs {start}–{end}, outside the plan horizon {horizonStart}–{horizonEnd}. Work outside the horizon is not part of this plan\'s budget and schedule: bring it within, e.g. `period {withinStart} to {withinEnd}`, or extend the `horizon`.'
        },
        outside: {
            ko: '과제 {name}의 기간({start}–{end})이 계획 기간({horizonStart}–{horizonEnd})과 한 해도 겹치지 않습니다. 계획 기간 밖의 과제는 이 계획의 예산과 일정에 담기지 않습니다: 계획 기간 안의 연도로 `period … to …`를 고치거나 계획 기간(horizon)을 늘리세요.',
            en: 'Task {name} runs {start}–{end}, wholly outside the plan horizon {horizonStart}–{horizonEnd}. Work outside the horizon is not part of this plan\'s budget and schedule: give it years within the horizon with `period … to …`, or extend the `horizon`.'
        },
        theHorizon: {
            ko: '계획 기간: {horizonStart}–{horizonEnd}',
            en: 'the plan horizon: {horizonStart}–{horizonEnd}'
        }
    },
    applies: facts => facts.horizon !== undefined && !endsBeforeStart(facts.horizon) && facts.tasks.some(task => task.period),
    check: facts => {
        const horizon = facts.horizon;
        if (!horizon || endsBeforeStart(horizon)) {
            return [];
        }
        const span = { horizonStart: horizon.start, horizonEnd: horizon.end };
        return facts.tasks.flatMap(({ node, period }) => {
            if (!period || (period.start >= horizon.start && period.end <= horizon.end)) {
                return [];
            }
            const withinStart = Math.max(period.start, horizon.start);
            const withinEnd = Math.min(period.end, horizon.end);
            const args = { name: node.name, start: period.start, end: period.end, ...span, withinStart, withinEnd };
            return [{
                node: period, args,
                // A period reversed or wholly outside has no years within the horizon to keep.
                message: withinStart > withinEnd ? 'outside' as const : undefined,
                related: [{ node: horizon, message: 'theHorizon' as const, args: span }]
            }];
        });
    },
    examples: {
        failing: 'horizon 2026 to 2035\ntask T1 "인력 양성" { period 2024 to 2027 }',
        passing: 'horizon 2026 to 2035\ntask T1 "인력 양성" { period 2026 to 2028 }'
    }
});
