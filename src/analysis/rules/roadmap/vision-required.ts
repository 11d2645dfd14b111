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
            ko: '발전비전(vision)이 없습니다. 2단계로 지역의 차별화된 비전과 추진전략을 세우세요.',
            en: 'No `vision`: stage 2 sets the region\'s differentiated vision and strategy.'
        }
    },
    check: facts => when(!facts.vision, () => atPlan(facts)),
    examples: {
        failing: 'region "부산광역시"',
        passing: 'vision "해양바이오 허브" { }'
    }
});
