import { atPlan, when } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'assessment-required',
    category: 'roadmap',
    severity: 'error',
    kind: 'principle',
    principle: {
        ko: '지역 바이오산업 현실에 대한 엄밀한 상황인식에서 출발한다.',
        en: 'Start from a rigorous view of the region\'s bio-industry as it is.'
    },
    trigger: {
        ko: '계획에 assessment 블록이 없을 때',
        en: 'the plan has no `assessment` block'
    },
    source: {
        heading: '□ 지역 바이오클러스터 발전로드맵 ▶ 1단계',
        passage: '1단계 : 지역의 바이오산업 현실에 대한 엄밀한 상황인식이 출발점',
        gist: 'Stage 1: a rigorous understanding of the region\'s actual bio-industry is the starting point.'
    },
    messages: {
        main: {
            ko: '현황 진단(assessment)이 없습니다. 1단계로 지역 바이오산업의 강점·약점을 엄밀하게 진단하세요.',
            en: 'No `assessment`: stage 1 is a rigorous assessment of the region\'s bio-industry, its strengths and weaknesses.'
        }
    },
    check: facts => when(!facts.assessment, () => atPlan(facts)),
    examples: {
        failing: 'region "부산광역시"',
        passing: 'assessment {\n    summary "해양바이오 기업 40개, 연구기관 6곳"\n}'
    }
});
