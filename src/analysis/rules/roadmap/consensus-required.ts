import { when } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'consensus-required',
    category: 'roadmap',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '정치적 이해관계를 초월한 지역 전체의 컨센서스를 이룬다.',
        en: 'Reach a region-wide consensus that rises above political interests.'
    },
    trigger: {
        ko: 'assessment 블록에 consensus 항목이 없을 때',
        en: 'an `assessment` exists but has no `consensus` entry'
    },
    source: {
        heading: '□ 지역 바이오클러스터 발전로드맵 ▶ 1단계',
        passage: '바이오산업(또는 바이오클러스터)의 육성은 최소한 10년이 걸리는 장기과제 → 정치적 이해관계를 초월해서 지역의 전체적인 컨센서스와 역량집중 필요',
        gist: 'Growing a bio-cluster takes ten years at least, so the region needs a consensus beyond political interests and concentrated effort.'
    },
    messages: {
        main: {
            ko: '현황 진단에 컨센서스(consensus) 항목이 없습니다. 여야·대학·기업이 합의한 내용을 적으세요.',
            en: 'The assessment records no `consensus`: state the cross-party regional agreement reached.'
        }
    },
    applies: facts => facts.assessment !== undefined,
    check: facts => {
        const assessment = facts.assessment;
        return when(assessment !== undefined && !assessment.entries.some(entry => entry.kind === 'consensus'),
            () => ({ node: assessment!, keyword: 'assessment' }));
    },
    examples: {
        failing: 'assessment {\n    strength "해양 연구기관 집적"\n}',
        passing: 'assessment {\n    strength "해양 연구기관 집적"\n    consensus "시의회 여야와 대학·기업이 12년 계획에 합의"\n}'
    }
});
