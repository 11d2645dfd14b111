import { atName, atPlan, when } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'firm-voice',
    category: 'governance',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '주기적으로 기업의 니즈를 조사하여 정책에 반영한다.',
        en: 'Survey firms\' needs periodically and feed them into policy.'
    },
    trigger: {
        ko: '어떤 agency에도 survey 주기가 없을 때 (agency가 없어도)',
        en: 'no `agency` has a `survey` cadence (also when the plan has no agency)'
    },
    source: {
        heading: '□ 지역 바이오클러스터의 발전전략 ▶ 민관협력체제',
        passage: '기업의소리 청취 및 정책반영 : 주기적으로 기업의 니즈를 조사하여 정책에 반영하는 프로세스를 만들어야 함',
        gist: 'Listen to firms: build a process that surveys their needs periodically and reflects them in policy.'
    },
    messages: {
        main: {
            ko: '기업의 니즈를 정기적으로 조사하는 전담기구가 없습니다. 보고서는 주기적으로 기업의 소리를 듣고 정책에 반영하는 프로세스를 만들라고 합니다: 전담기구 {name}에 `survey quarterly`를 추가하세요.',
            en: 'No agency surveys firms\' needs regularly. The report calls for a process that listens to firms periodically and feeds their needs into policy: add `survey quarterly` to agency {name}.'
        },
        noAgency: {
            ko: '기업의 니즈를 정기적으로 조사할 전담기구가 없습니다. 보고서는 주기적으로 기업의 소리를 듣고 정책에 반영하는 프로세스를 만들라고 합니다: `agency … "…" { independent survey quarterly }`를 추가하세요.',
            en: 'No agency is there to survey firms\' needs regularly. The report calls for a process that listens to firms periodically and feeds their needs into policy: add `agency … "…" { independent survey quarterly }`.'
        }
    },
    check: facts => when(!facts.agencies.some(agency => agency.survey),
        () => facts.agencies.length > 0 ? atName(facts.agencies[0].node) : atPlan(facts, { message: 'noAgency' })),
    examples: {
        failing: 'agency BioAgency "바이오진흥원" {\n    independent\n}',
        passing: 'agency BioAgency "바이오진흥원" {\n    independent\n    survey quarterly\n}'
    }
});
