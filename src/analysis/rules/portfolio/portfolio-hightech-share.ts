import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'portfolio-hightech-share',
    category: 'portfolio',
    severity: 'warning',
    kind: 'portfolio',
    principle: {
        ko: '모든 지역이 하이테크를 내세우지 않고, 하이테크 바이오와 전통 바이오산업을 나누어 육성한다.',
        en: 'Not every region claims high-tech: high-tech biotech and traditional bio-industry are developed apart.'
    },
    trigger: {
        ko: 'vision에 `scope`를 정한 계획이 셋 이상이고 그중 `scope hightech`인 계획의 비율이 기준값(기본 75%)을 넘을 때 (그런 계획마다 `scope`에 하나)',
        en: 'three or more plans set a vision `scope`, and those with `scope hightech` are more than the threshold (default 75%) of them (one diagnostic on each such plan\'s `scope` clause)'
    },
    source: {
        heading: '□ 한국적 바이오클러스터의 전략 ▶ 육성분야의 선택과 집중; □ 산업클러스터 이론의 주요 쟁점',
        passage: '하이테크 바이오와 전통 바이오산업의 분리 … 지역적기반에 근거하지 않고 \'유행에 따라 추진되는\' High-Tech Myopia (Brown, 2000)라는 개념도 있음',
        gist: 'Separate high-tech biotech from traditional bio-industry; beware of high-tech myopia, clusters pursued because they are in fashion rather than on a regional base.'
    },
    messages: {
        main: {
            ko: '`scope`를 정한 {scoped}개 지역 중 이 계획을 포함한 {hightech}개({percent}%)가 하이테크 바이오(hightech)를 내세웁니다 (기준 {threshold}%). 보고서는 하이테크 바이오와 전통 바이오산업을 나누어 육성하고 유행을 좇는 High-Tech Myopia를 경계하라고 합니다: 이 지역의 기반이 식품·발효·수산·농생명 같은 전통 바이오라면 `scope lifescience`로 정하세요.',
            en: '{hightech} of the {scoped} regions that set a `scope` ({percent}%), this one included, claim high-tech biotech (threshold {threshold}%). The report asks to develop high-tech and traditional bio-industry apart and warns against high-tech myopia: if this region\'s base is traditional bio (food, fermentation, marine, agri-bio), write `scope lifescience`.'
        }
    },
    threshold: {
        default: 75,
        min: 0,
        max: 100,
        meaning: { ko: '`scope hightech` 계획이 넘지 않아야 할 비율 (%)', en: 'the share of `scope hightech` plans, in percent, above which it fires' }
    },
    applies: portfolio => portfolio.members.filter(member => member.facts.vision?.scope).length >= 3,
    check: (portfolio, threshold) => {
        const scopes = portfolio.members.flatMap(member => member.facts.vision?.scope ? [member.facts.vision.scope] : []);
        const hightech = scopes.filter(scope => scope.value === 'hightech');
        if (scopes.length < 3 || hightech.length * 100 <= threshold * scopes.length) {
            return [];
        }
        const args = { scoped: scopes.length, hightech: hightech.length, percent: Math.round((100 * hightech.length) / scopes.length), threshold };
        return hightech.map(scope => ({ node: scope, property: 'value', args }));
    },
    examples: {
        failing: [
            'region "대전광역시"\nvision "신약 연구 거점" { scope hightech }',
            'region "충청북도"\nvision "첨단의료 허브" { scope hightech }',
            'region "인천광역시"\nvision "바이오의약품 생산 허브" { scope hightech }'
        ],
        passing: [
            'region "대전광역시"\nvision "신약 연구 거점" { scope hightech }',
            'region "충청북도"\nvision "첨단의료 허브" { scope hightech }',
            'region "전라북도"\nvision "농생명·발효식품 클러스터" { scope lifescience }'
        ]
    }
});
