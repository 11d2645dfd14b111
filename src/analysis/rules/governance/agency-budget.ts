import { atName } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'agency-budget',
    category: 'governance',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '전담기구는 독립적인 예산을 가진다.',
        en: 'The agency has a budget of its own.'
    },
    trigger: {
        ko: 'agency에 budget이 없을 때',
        en: 'an `agency` has no `budget`'
    },
    source: {
        heading: '□ 지역 바이오클러스터의 발전전략 ▶ 민관협력체제',
        passage: '독립적인 예산과 활동계획을 가지고 활동하는 형태여야 하며',
        gist: 'It works with its own budget and activity plan.'
    },
    messages: {
        main: {
            ko: '전담기구 {name}에 독립 예산(budget)이 없습니다.',
            en: 'Agency {name} has no `budget` of its own.'
        }
    },
    applies: facts => facts.agencies.length > 0,
    check: facts => facts.agencies.filter(agency => !agency.budget).map(agency => atName(agency.node)),
    examples: {
        failing: 'agency BioAgency "바이오진흥원" {\n    independent\n}',
        passing: 'agency BioAgency "바이오진흥원" {\n    independent\n    budget 50 억원\n}'
    }
});
