import type { AssessmentEntry } from '../../../grammar/generated/ast.js';
import { atPlan } from '../../findings.js';
import { defineRule } from '../../rule.js';
import { isFilled } from '../../texts.js';

type Side = 'strength' | 'weakness';

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
        ko: '계획에 assessment 블록이 없거나, 그 assessment에 strength나 weakness가 없을 때 (비어 있거나 채우지 않은 자리표시는 없는 것으로 봄) (하나)',
        en: 'the plan has no `assessment` block, or its assessment has no `strength` or no `weakness` that is not blank or an unfilled placeholder (one diagnostic)'
    },
    source: {
        heading: '□ 지역 바이오클러스터 발전로드맵 ▶ 1단계',
        passage: '1단계 : 지역의 바이오산업 현실에 대한 엄밀한 상황인식이 출발점',
        gist: 'Stage 1: a rigorous understanding of the region\'s actual bio-industry is the starting point.'
    },
    messages: {
        main: {
            ko: '현황 진단(assessment)이 없습니다. 발전로드맵의 1단계는 지역 바이오산업 현실에 대한 엄밀한 상황인식입니다: `assessment { strength "…" weakness "…" }`를 추가하고 지역의 강점과 약점을 적으세요.',
            en: 'The plan has no assessment. Stage 1 of the roadmap is a rigorous view of the region\'s bio-industry as it is: add `assessment { strength "…" weakness "…" }` with the region\'s strengths and weaknesses.'
        },
        noStrength: {
            ko: '현황 진단에 강점(strength)이 적혀 있지 않습니다. 엄밀한 상황인식은 약점뿐 아니라 지역이 기댈 수 있는 강점도 봅니다: `strength "…"`를 추가하세요.',
            en: 'The assessment names no strength. A rigorous view of the region sees what it can build on, not only what it lacks: add `strength "…"`.'
        },
        noWeakness: {
            ko: '현황 진단에 약점(weakness)이 적혀 있지 않습니다. 엄밀한 상황인식은 강점뿐 아니라 지역에 부족한 것도 냉정하게 봅니다: `weakness "…"`를 추가하세요.',
            en: 'The assessment names no weakness. A rigorous view of the region looks soberly at what it lacks, not only at its strengths: add `weakness "…"`.'
        },
        noStrengthOrWeakness: {
            ko: '현황 진단에 강점(strength)도 약점(weakness)도 적혀 있지 않습니다. 1단계의 엄밀한 상황인식은 지역의 강점과 약점을 함께 진단합니다: `strength "…"`와 `weakness "…"`를 추가하세요.',
            en: 'The assessment names neither a strength nor a weakness. The rigorous view of stage 1 weighs both: add `strength "…"` and `weakness "…"`.'
        },
        blankStrength: {
            ko: '강점(strength) 항목이 비어 있습니다. 엄밀한 상황인식은 지역이 기댈 수 있는 강점을 구체적으로 밝힙니다: 강점을 적으세요 (예: `strength "국립 연구기관과 대형 가공단지 집적"`).',
            en: 'The strength entry is blank. A rigorous view of the region says concretely what it can build on: write it (e.g. `strength "national research institutes and a large processing park"`).'
        },
        blankWeakness: {
            ko: '약점(weakness) 항목이 비어 있습니다. 엄밀한 상황인식은 지역에 부족한 것을 구체적으로 밝힙니다: 약점을 적으세요 (예: `weakness "지역 내 벤처캐피탈 투자 부족"`).',
            en: 'The weakness entry is blank. A rigorous view of the region says concretely what it lacks: write it (e.g. `weakness "little venture capital in the region"`).'
        }
    },
    check: facts => {
        const assessment = facts.assessment;
        if (!assessment) {
            return [atPlan(facts)];
        }
        const entriesOf = (side: Side) => assessment.entries.filter(entry => entry.kind === side);
        const lacking = (['strength', 'weakness'] as const).filter(side => !entriesOf(side).some(isFilled));
        if (lacking.length === 0) {
            return [];
        }
        if (lacking.length === 2) {
            return [{ node: assessment, keyword: 'assessment', message: 'noStrengthOrWeakness' }];
        }
        // Only blank entries of the side: the finding points at the first of them, where the text goes.
        const [side] = lacking;
        const blank: AssessmentEntry | undefined = entriesOf(side)[0];
        return blank
            ? [{ node: blank, property: 'text', message: side === 'strength' ? 'blankStrength' : 'blankWeakness' }]
            : [{ node: assessment, keyword: 'assessment', message: side === 'strength' ? 'noStrength' : 'noWeakness' }];
    },
    examples: {
        failing: 'assessment {\n    summary "해양바이오 기업 40개, 연구기관 6곳"\n    strength "해양 연구기관 집적"\n}',
        passing: 'assessment {\n    summary "해양바이오 기업 40개, 연구기관 6곳"\n    strength "해양 연구기관 집적"\n    weakness "지역 내 벤처캐피탈 투자 부족"\n}'
    }
});
