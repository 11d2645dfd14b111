import { keywords } from '../../findings.js';
import { defineRule } from '../../rule.js';

/** The segments where firms compete on cost: a region that holds only these competes on price. */
const COST_SEGMENTS: readonly string[] = ['manufacturing', 'marketing'];

export default defineRule({
    id: 'low-cost-trap',
    category: 'roadmap',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '차별화 없는 원가경쟁이 아니라 기술혁신에 기반한 지식경제형 클러스터로 육성한다.',
        en: 'Grow a knowledge cluster built on innovation, not one that competes on cost without differentiation.'
    },
    trigger: {
        ko: 'vision에 position이 있고, 그 position에 manufacturing과 marketing 말고 다른 단계가 없을 때',
        en: 'a `vision` has a `position` and it lists no segment other than `manufacturing` and `marketing`'
    },
    source: {
        heading: '□ 산업클러스터 이론의 주요 쟁점',
        passage: '중소기업의 경우 경쟁자와 차별화하기가 쉽지 않으며, 차별화없이 서로 비슷한제품을 가지고 원가경쟁을 할 경우 바이오클러스터는 성공하기 어려움 기술혁신에 기반한 지식경제형 클러스터로 육성이 필요',
        gist: 'Small firms find it hard to differentiate; competing on cost with similar products, a bio-cluster is unlikely to succeed. It must grow as a knowledge cluster built on technological innovation.'
    },
    messages: {
        main: {
            ko: '비전의 포지셔닝이 {segments}뿐입니다. 차별화 없이 비슷한 제품으로 원가경쟁을 하면 바이오클러스터는 성공하기 어렵고, 기술혁신에 기반한 지식경제형 클러스터로 육성해야 합니다: 포지셔닝에 연구개발 단계를 더하세요 (예: `position research, discovery, manufacturing`).',
            en: 'The vision\'s position holds only {segments}. Competing on cost with similar products, without differentiation, a bio-cluster rarely succeeds; it must grow on technological innovation: add research segments to the position (e.g. `position research, discovery, manufacturing`).'
        }
    },
    applies: facts => facts.vision?.position !== undefined,
    check: facts => {
        const position = facts.vision?.position;
        if (!position || position.segments.some(segment => !COST_SEGMENTS.includes(segment))) {
            return [];
        }
        return [{ node: position, args: { segments: keywords([...new Set(position.segments)], 'Segment') } }];
    },
    examples: {
        failing: 'vision "바이오 생산기지" {\n    position manufacturing, marketing\n}',
        passing: 'vision "바이오 생산기지" {\n    position research, manufacturing, marketing\n}'
    }
});
