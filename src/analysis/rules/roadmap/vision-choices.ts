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
    // One message per choice, `main` being the first of them, the strategy.
    messages: {
        main: {
            ko: '비전에 개발 전략(strategy) 선택이 없습니다. 2단계에서는 지역 여건에 맞춰 신규개발 전략과 외부영입 전략 중 하나를 고릅니다: `strategy greenfield` 또는 `strategy attraction`을 추가하세요.',
            en: 'The vision makes no `strategy` choice. Stage 2 chooses, by the region\'s conditions, between building new and attracting from outside: add `strategy greenfield` or `strategy attraction`.'
        },
        scope: {
            ko: '비전에 육성 범위(scope) 선택이 없습니다. 2단계에서는 하이테크 바이오텍 중심 전략과 범생명과학산업 포괄 전략 중 하나를 고릅니다: `scope hightech` 또는 `scope lifescience`를 추가하세요.',
            en: 'The vision makes no `scope` choice. Stage 2 chooses between a high-tech biotech focus and a broad life-science industry: add `scope hightech` or `scope lifescience`.'
        },
        structure: {
            ko: '비전에 클러스터 구조(structure) 선택이 없습니다. 2단계에서는 지역내 수직통합형과 분산협력형 중 하나를 고릅니다: `structure integrated` 또는 `structure distributed`를 추가하세요.',
            en: 'The vision makes no `structure` choice. Stage 2 chooses between a vertically integrated cluster in the region and a distributed, cooperative one: add `structure integrated` or `structure distributed`.'
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
            .map(choice => ({ node: vision.node, keyword: 'vision', message: choice.clause === 'strategy' ? undefined : choice.clause }));
    },
    examples: {
        failing: 'vision "해양바이오 허브" {\n    strategy greenfield\n    scope hightech\n}',
        passing: 'vision "해양바이오 허브" {\n    strategy greenfield\n    scope hightech\n    structure integrated\n}'
    }
});
