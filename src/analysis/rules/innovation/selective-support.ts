import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'selective-support',
    category: 'innovation',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '소수의 선도기업을 골라 집중 지원한다.',
        en: 'Concentrate support selectively on a few leading firms.'
    },
    trigger: {
        ko: 'firm이 셋 이상이고 그 3분의 1보다 많은 수가 star일 때 (3 × 스타기업 > 기업 수) (하나)',
        en: 'the plan has three or more `firm`s and more than a third of them are `star` (3 × stars > firms) (one diagnostic)'
    },
    source: {
        heading: '□ 산업클러스터 이론의 주요 쟁점 ▶ 바이오클러스터와 같은 SME 클러스터의 정책',
        passage: '선택과집중 전략 필요 … 소수의 선도적 기업에게 선택적으로 집중지원하는 것이 유리',
        gist: 'SME clusters need selection and concentration: support is best concentrated selectively on a few leading firms.'
    },
    messages: {
        main: {
            ko: '기업 {firms}곳 중 {stars}곳이 스타기업(star)입니다. 보고서는 소수의 선도기업에 선택적으로 집중 지원하라고 합니다: 가능성이 가장 큰 {allowed}곳 이하만 `star`로 남기고 나머지 기업에서 `star`를 지우세요.',
            en: '{stars} of the {firms} firms are marked `star`. The report advises concentrating support on a few leading firms: keep `star` on at most {allowed} with the best prospects and remove it from the others.'
        },
        beyondAThird: {
            ko: '3분의 1을 넘는 스타기업: {name}',
            en: 'a star firm beyond a third: {name}'
        }
    },
    applies: facts => facts.firms.length >= 3,
    check: facts => {
        const stars = facts.firms.flatMap(firm => firm.star ? [{ firm: firm.node, star: firm.star }] : []);
        const allowed = Math.floor(facts.firms.length / 3);
        if (facts.firms.length < 3 || stars.length <= allowed) {
            return [];
        }
        // On the first star firm beyond a third, in the plan's order; the later ones are related.
        const [first, ...rest] = stars.slice(allowed);
        return [{
            node: first.star,
            args: { firms: facts.firms.length, stars: stars.length, allowed },
            related: rest.map(({ firm, star }) => ({ node: star, message: 'beyondAThird', args: { name: firm.name } }))
        }];
    },
    examples: {
        failing: 'firm A "에이바이오" { star }\nfirm B "비제약" { star }\nfirm C "씨헬스"',
        passing: 'firm A "에이바이오" { star }\nfirm B "비제약"\nfirm C "씨헬스"'
    }
});
