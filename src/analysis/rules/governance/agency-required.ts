import { atPlan, when } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'agency-required',
    category: 'governance',
    severity: 'error',
    kind: 'principle',
    principle: {
        ko: '클러스터 지원 전담기구를 설립한다.',
        en: 'Set up a dedicated cluster agency.'
    },
    trigger: {
        ko: '계획에 agency가 없을 때',
        en: 'the plan has no `agency`'
    },
    source: {
        heading: '□ 지역 바이오클러스터의 발전전략 ▶ 민관협력체제',
        passage: '클러스터 지원 전담기구 설립 : … 지역의 바이오클러스터 육성과 관련된 모든 정책이나 활동을 총괄적으로 관장하는 역할을 담당하는 형태임',
        gist: 'Set up a dedicated agency that oversees every policy and activity for growing the regional bio-cluster.'
    },
    messages: {
        main: {
            ko: '클러스터 전담기구(agency)가 없습니다. 보고서는 지역 바이오클러스터 육성과 관련된 모든 정책과 활동을 총괄하는 전담기구를 세우라고 합니다: `agency … "…" { independent }`를 추가하세요.',
            en: 'The plan has no cluster agency. The report calls for a dedicated agency that oversees every policy and activity for the cluster: add `agency … "…" { independent }`.'
        }
    },
    check: facts => when(facts.agencies.length === 0, () => atPlan(facts)),
    examples: {
        failing: 'region "부산광역시"',
        passing: 'agency BioAgency "바이오진흥원" { independent }'
    }
});
