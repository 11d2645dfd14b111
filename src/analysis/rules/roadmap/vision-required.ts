import { atPlan, when } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'vision-required',
    category: 'roadmap',
    severity: 'error',
    kind: 'principle',
    principle: {
        ko: '지역의 차별화된 발전비전과 추진전략을 수립한다.',
        en: 'Set a differentiated vision and strategy for the region.'
    },
    trigger: {
        ko: '계획에 vision 블록이 없을 때',
        en: 'the plan has no `vision` block'
    },
    source: {
        heading: '□ 지역 바이오클러스터 발전로드맵 ▶ 2단계',
        passage: '2단계 : 지역의 차별화된 발전비전과 추진전략의 수립',
        gist: 'Stage 2: set the region\'s own differentiated vision and strategy.'
    },
    messages: {
        main: {
            ko: '발전비전(vision)이 없습니다. 발전로드맵의 2단계는 지역의 차별화된 발전비전과 추진전략의 수립입니다: `vision "…" { }`를 추가하고 그 안에 전략 선택(`strategy`, `scope`, `structure`)과 가치사슬 포지셔닝(`position`)을 적으세요.',
            en: 'The plan has no vision. Stage 2 of the roadmap sets the region\'s own differentiated vision and strategy: add `vision "…" { }` and write its strategic choices (`strategy`, `scope`, `structure`) and value-chain `position` in it.'
        }
    },
    check: facts => when(!facts.vision, () => atPlan(facts)),
    examples: {
        failing: 'region "부산광역시"',
        passing: 'vision "해양바이오 허브" { }'
    }
});
