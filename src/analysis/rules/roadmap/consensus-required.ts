import { defineRule } from '../../rule.js';
import { isFilled } from '../../texts.js';

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
        ko: 'assessment 블록이 있는데 비어 있지 않은 consensus 항목이 없을 때 (비어 있거나 채우지 않은 자리표시는 없는 것으로 봄)',
        en: 'an `assessment` exists but has no `consensus` entry that is not blank or an unfilled placeholder'
    },
    source: {
        heading: '□ 지역 바이오클러스터 발전로드맵 ▶ 1단계',
        passage: '바이오산업(또는 바이오클러스터)의 육성은 최소한 10년이 걸리는 장기과제 → 정치적 이해관계를 초월해서 지역의 전체적인 컨센서스와 역량집중 필요',
        gist: 'Growing a bio-cluster takes ten years at least, so the region needs a consensus beyond political interests and concentrated effort.'
    },
    messages: {
        main: {
            ko: '현황 진단에 지역 컨센서스가 없습니다. 바이오클러스터 육성은 10년 이상 걸리므로 정치적 이해관계를 넘어선 지역 전체의 합의가 필요합니다: `consensus "…"`에 누가 무엇에 합의했는지 적으세요.',
            en: 'The assessment records no regional consensus. Growing a bio-cluster takes ten years or more, so the whole region must agree beyond party politics: add `consensus "…"` saying who agreed to what.'
        },
        blank: {
            ko: '컨센서스 항목이 비어 있습니다. 10년 이상의 육성에는 정치적 이해관계를 넘어선 합의가 필요합니다: 누가 무엇에 합의했는지 적으세요 (예: `consensus "시의회 여야와 대학·기업이 12년 계획에 합의"`).',
            en: 'The consensus entry is blank. Ten years and more of development need an agreement beyond party politics: say who agreed to what (e.g. `consensus "council parties, universities and firms agreed the 12-year plan"`).'
        }
    },
    applies: facts => facts.assessment !== undefined,
    check: facts => {
        const assessment = facts.assessment;
        if (!assessment) {
            return [];
        }
        const entries = assessment.entries.filter(entry => entry.kind === 'consensus');
        if (entries.some(isFilled)) {
            return [];
        }
        return entries.length > 0
            ? [{ node: entries[0], property: 'text', message: 'blank' }]
            : [{ node: assessment, keyword: 'assessment' }];
    },
    examples: {
        failing: 'assessment {\n    strength "해양 연구기관 집적"\n}',
        passing: 'assessment {\n    strength "해양 연구기관 집적"\n    consensus "시의회 여야와 대학·기업이 12년 계획에 합의"\n}'
    }
});
