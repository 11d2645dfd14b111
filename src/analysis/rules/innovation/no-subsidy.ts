import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'no-subsidy',
    category: 'innovation',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '경쟁력 없는 기업의 연명수단이 되는 보조사업을 없앤다.',
        en: 'Do not keep uncompetitive firms alive with subsidies.'
    },
    trigger: {
        ko: 'fund의 purpose가 subsidy일 때 (그런 펀드마다)',
        en: 'a `fund` has `purpose subsidy` (one diagnostic per fund)'
    },
    source: {
        heading: '□ 산업클러스터 이론의 주요 쟁점',
        passage: '경쟁력 없는 기업의 연명수단이 제공되어 자원의 분산 및 시장의 질적수준 저하 가능성이 있음 / 보조사업의 철폐',
        gist: 'Subsidies keep uncompetitive firms alive, scatter resources and lower market quality; abolish subsidy programmes.'
    },
    messages: {
        main: {
            ko: '펀드 {name}의 용도가 보조금입니다(`purpose subsidy`). 보고서는 보조금이 경쟁력 없는 기업의 연명수단이 되어 자원을 분산시키고 시장의 질을 떨어뜨린다며 보조사업을 없애라고 합니다: 경쟁을 거쳐 투자하거나 연구를 지원하도록 `purpose investment`나 `purpose research`로 바꾸세요.',
            en: 'Fund {name} pays subsidies (`purpose subsidy`). The report warns that subsidies keep uncompetitive firms alive, scatter resources and lower market quality, and asks to end them: invest or fund research instead, with `purpose investment` or `purpose research`.'
        }
    },
    applies: facts => facts.funds.length > 0,
    check: facts => facts.funds
        .filter(fund => fund.purpose?.value === 'subsidy')
        .map(fund => ({ node: fund.purpose!, property: 'value', args: { name: fund.node.name } })),
    examples: {
        failing: 'fund Growth "바이오 육성펀드" {\n    source private\n    purpose subsidy\n}',
        passing: 'fund Growth "바이오 육성펀드" {\n    source private\n    purpose investment\n}'
    }
});
