import type { PeriodClause } from '../../../grammar/generated/ast.js';
import { tasksOfTerm } from '../../checks/agenda.js';
import { endsBeforeStart } from '../../checks/periods.js';
import type { TaskFacts } from '../../facts.js';
import { atPlan } from '../../findings.js';
import { defineRule } from '../../rule.js';

interface Dated { readonly task: TaskFacts; readonly period: PeriodClause }

/** A term's tasks whose period passes `period-order`. */
const dated = (tasks: readonly TaskFacts[]): Dated[] =>
    tasks.flatMap(task => task.period && !endsBeforeStart(task.period) ? [{ task, period: task.period }] : []);

/** `a to b` and `c to d` share a year when a ≤ d and c ≤ b. */
const shareAYear = (one: PeriodClause, other: PeriodClause) => one.start <= other.end && other.start <= one.end;

export default defineRule({
    id: 'short-and-long-term',
    category: 'roadmap',
    severity: 'error',
    kind: 'principle',
    principle: {
        ko: '단기과제와 장기과제를 같은 시기에 병행 추진한다.',
        en: 'Run short-term and long-term tasks in parallel, at the same time.'
    },
    trigger: {
        ko: 'term short 과제나 term long 과제가 없을 때; 또는 period가 올바른(period-order에 걸리지 않는) 단기 과제와 장기 과제가 있는데 그런 단기 기간과 장기 기간이 한 해도 겹치지 않을 때 (`a to b`와 `c to d`는 a ≤ d이고 c ≤ b일 때 겹침) (하나)',
        en: 'the plan has no `term short` task or no `term long` task; or a short-term and a long-term task have a `period` that passes `period-order`, and no such short-term period shares a year with such a long-term period (`a to b` and `c to d` share one when a ≤ d and c ≤ b) (one diagnostic)'
    },
    source: {
        heading: '□ 지역 바이오클러스터 발전로드맵 ▶ 4단계',
        passage: '4단계 : 장.단기적 전략의 구분 및 병행체제 … 단기과제 및 장기과제의 병행추진이 바람직',
        gist: 'Stage 4: tell short-term from long-term strategy and run them side by side; short-term and long-term tasks are best pursued in parallel.'
    },
    // `main` is the commonest gap of a first draft: short-term tasks only.
    messages: {
        main: {
            ko: '장기 과제(term long)가 없습니다. 보고서는 단기과제와 장기과제의 병행추진을 권합니다: 연구기반·창업·네트워크 같은 장기 전략과제를 `task … "…" { term long }`로 추가하세요.',
            en: 'The plan has no long-term task (`term long`). The report advises running short-term and long-term tasks in parallel: add the long-term strategic tasks (research base, start-ups, networks …) as `task … "…" { term long }`.'
        },
        noShort: {
            ko: '단기 과제(term short)가 없습니다. 보고서는 단기과제와 장기과제의 병행추진을 권합니다: 인력·인프라·정책·금융 같은 단기 집중추진 과제를 `task … "…" { term short }`로 추가하세요.',
            en: 'The plan has no short-term task (`term short`). The report advises running short-term and long-term tasks in parallel: add the short-term tasks (people, infrastructure, policy, finance …) as `task … "…" { term short }`.'
        },
        noTerms: {
            ko: '단기 과제(term short)도 장기 과제(term long)도 없습니다. 4단계는 장·단기 전략을 구분하고 병행하는 것입니다: 단기 집중추진 과제 `task … "…" { term short }`와 장기 전략과제 `task … "…" { term long }`을 함께 두세요.',
            en: 'The plan has neither a short-term (`term short`) nor a long-term task (`term long`). Stage 4 tells the two apart and runs them side by side: have both, `task … "…" { term short }` for the short-term focus and `task … "…" { term long }` for the long-term strategy.'
        },
        apart: {
            ko: '장기 과제 {name}({start}–{end})의 기간이 어느 단기 과제의 기간과도 겹치지 않고, 다른 장기 과제도 마찬가지입니다. 보고서는 단기과제와 장기과제를 차례로가 아니라 병행하여 추진하라고 합니다: 과제 {name}을(를) 단기 과제와 같은 해에 걸치도록 `period {suggestedStart} to {suggestedEnd}`로 고치세요.',
            en: 'Long-term task {name} ({start}–{end}) shares no year with any short-term task, and neither does any other long-term task. The report runs short-term and long-term tasks in parallel, not one after the other: make task {name} overlap them, e.g. `period {suggestedStart} to {suggestedEnd}`.'
        },
        shortTask: {
            ko: '단기 과제 {name}: {start}–{end}',
            en: 'short-term task {name}: {start}–{end}'
        },
        otherLongTask: {
            ko: '역시 단기 과제와 겹치지 않는 장기 과제 {name}: {start}–{end}',
            en: 'long-term task {name}, which does not overlap them either: {start}–{end}'
        }
    },
    check: facts => {
        const short = tasksOfTerm(facts.tasks, 'short');
        const long = tasksOfTerm(facts.tasks, 'long');
        if (short.length === 0 || long.length === 0) {
            const message = short.length > 0 ? undefined : long.length > 0 ? 'noShort' : 'noTerms';
            return [atPlan(facts, { message })];
        }
        const shortPeriods = dated(short);
        const longPeriods = dated(long);
        if (shortPeriods.length === 0 || longPeriods.length === 0
            || shortPeriods.some(s => longPeriods.some(l => shareAYear(s.period, l.period)))) {
            return [];
        }
        // On the first long-term task: brought back to start in the last year of a short-term
        // task before it, or else to end in the first year of one after it.
        const [first, ...others] = longPeriods;
        const before = shortPeriods.filter(s => s.period.end < first.period.start).map(s => s.period.end);
        const after = shortPeriods.map(s => s.period.start);
        const [suggestedStart, suggestedEnd] = before.length > 0
            ? [Math.max(...before), first.period.end]
            : [first.period.start, Math.min(...after)];
        const spanOf = ({ task, period }: Dated) => ({ name: task.node.name, start: period.start, end: period.end });
        return [{
            node: first.period, message: 'apart',
            args: { ...spanOf(first), suggestedStart, suggestedEnd },
            related: [
                ...shortPeriods.map(entry => ({ node: entry.period, message: 'shortTask' as const, args: spanOf(entry) })),
                ...others.map(entry => ({ node: entry.period, message: 'otherLongTask' as const, args: spanOf(entry) }))
            ]
        }];
    },
    examples: {
        failing: 'task T1 "인력 양성" {\n    term short\n    period 2026 to 2028\n}\ntask T2 "연구기반 구축" {\n    term long\n    period 2029 to 2035\n}',
        passing: 'task T1 "인력 양성" {\n    term short\n    period 2026 to 2028\n}\ntask T2 "연구기반 구축" {\n    term long\n    period 2027 to 2035\n}'
    }
});
