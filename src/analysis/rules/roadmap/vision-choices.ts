import { keywords } from '../../findings.js';
import { VISION_CHOICES } from '../../prescriptions.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'vision-choices',
    category: 'roadmap',
    severity: 'error',
    kind: 'principle',
    principle: {
        ko: '신규개발 vs 외부영입, 하이테크 vs 범생명과학, 수직통합 vs 분산협력 중에서 선택한다.',
        en: 'Choose greenfield vs attraction, high-tech vs life science, integrated vs distributed.'
    },
    trigger: {
        ko: 'vision에 strategy, scope, structure 중 빠진 것이 있을 때 (빠진 선택마다 하나)',
        en: 'a `vision` lacks `strategy`, `scope` or `structure` (one diagnostic per missing choice)'
    },
    source: {
        heading: '□ 지역 바이오클러스터 발전로드맵 ▶ 2단계',
        passage: '신규개발전략vs 외부영입전략 / 하이테크바이오텍 중심전략 vs 범생명과학산업 포괄전략 / 지역내 수직통합형 클러스터육성 전략 vs 분산협력형 클러스터로',
        gist: 'Choose: build new vs attract from outside; high-tech biotech vs broad life science; vertically integrated vs distributed, cooperative cluster.'
    },
    messages: {
        main: {
            ko: '비전에 {choice} 선택이 없습니다: {options} 중 하나를 고르세요.',
            en: 'The vision makes no {choice} choice: pick one of {options}.'
        }
    },
    applies: facts => facts.vision !== undefined,
    check: facts => {
        const vision = facts.vision;
        if (!vision) {
            return [];
        }
        return VISION_CHOICES
            .filter(choice => vision[choice.clause] === undefined)
            .map(choice => ({
                node: vision.node, keyword: 'vision',
                args: { choice: keywords([choice.clause]), options: keywords(choice.options) }
            }));
    },
    examples: {
        failing: 'vision "해양바이오 허브" {\n    strategy greenfield\n    scope hightech\n}',
        passing: 'vision "해양바이오 허브" {\n    strategy greenfield\n    scope hightech\n    structure integrated\n}'
    }
});
