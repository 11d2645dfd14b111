import { tasksOfTerm } from '../../checks/agenda.js';
import { atPlan, keywords, when } from '../../findings.js';
import { TERMS } from '../../prescriptions.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'short-and-long-term',
    category: 'roadmap',
    severity: 'error',
    kind: 'principle',
    principle: {
        ko: '단기과제와 장기과제를 병행 추진한다.',
        en: 'Run short-term and long-term tasks in parallel.'
    },
    trigger: {
        ko: 'term short 과제나 term long 과제가 없을 때 (하나)',
        en: 'the plan has no `term short` task, or no `term long` task (one diagnostic)'
    },
    source: {
        heading: '□ 지역 바이오클러스터 발전로드맵 ▶ 4단계',
        passage: '단기과제 및 장기과제의 병행추진이 바람직',
        gist: 'Short-term and long-term tasks are best pursued in parallel.'
    },
    messages: {
        main: {
            ko: '{missing} 과제가 없습니다. 단기과제와 장기과제를 함께 추진하세요.',
            en: 'No {missing} task: run short-term and long-term tasks in parallel.'
        }
    },
    check: facts => {
        const missing = TERMS.filter(term => tasksOfTerm(facts.tasks, term).length === 0);
        return when(missing.length > 0, () => atPlan(facts, { args: { missing: keywords(missing) } }));
    },
    examples: {
        failing: 'task T1 "인력 양성" { term short }',
        passing: 'task T1 "인력 양성" { term short }\ntask T2 "연구기반 구축" { term long }'
    }
});
