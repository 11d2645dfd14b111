import { atName } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'agency-independent',
    category: 'governance',
    severity: 'error',
    kind: 'principle',
    principle: {
        ko: '전담기구는 기존 지자체 조직에서 독립한다.',
        en: 'The agency stands apart from the local government\'s own organisation.'
    },
    trigger: {
        ko: 'agency에 independent 표시가 없을 때',
        en: 'an `agency` is not marked `independent`'
    },
    source: {
        heading: '□ 지역 바이오클러스터의 발전전략 ▶ 민관협력체제',
        passage: '전담기구는 기존의 지자체조직에서 독립되어 독립적인 예산과 활동계획을 가지고 활동하는 형태여야 하며',
        gist: 'The agency must be independent of the existing local-government organisation, with its own budget and activity plan.'
    },
    messages: {
        main: {
            ko: '전담기구 {name}이(가) 지자체 조직에서 독립되어 있지 않습니다. 보고서는 전담기구가 기존 지자체 조직에서 독립해 독자적인 예산과 활동계획으로 움직여야 한다고 합니다: 전담기구 {name}에 `independent`를 추가하세요.',
            en: 'Agency {name} is not independent of the local government. The report wants the agency apart from the local government\'s own organisation, with its own budget and activity plan: add `independent` to agency {name}.'
        }
    },
    applies: facts => facts.agencies.length > 0,
    check: facts => facts.agencies.filter(agency => !agency.independent).map(agency => atName(agency.node)),
    examples: {
        failing: 'agency BioAgency "바이오진흥원" {\n    budget 50 억원\n}',
        passing: 'agency BioAgency "바이오진흥원" {\n    independent\n    budget 50 억원\n}'
    }
});
