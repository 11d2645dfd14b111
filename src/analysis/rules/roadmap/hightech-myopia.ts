import { mention, type RelatedElement } from '../../findings.js';
import { defineRule } from '../../rule.js';
import { isFilled } from '../../texts.js';

type Note = 'noStrengthHere' | 'notLocal';

export default defineRule({
    id: 'hightech-myopia',
    category: 'roadmap',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '하이테크 비전은 유행이 아니라 지역의 강점과 지역에 뿌리를 둔 기관·기업에 근거한다.',
        en: 'A high-tech vision rests on the region\'s strengths and on institutions and firms rooted there, not on fashion.'
    },
    trigger: {
        ko: 'vision이 scope hightech인데, assessment에 strength가 없거나 (비어 있거나 채우지 않은 자리표시는 없는 것으로 봄) origin local인 institution이나 firm이 없을 때 (하나)',
        en: 'a `vision` has `scope hightech`, and either the plan has no assessment `strength` (blank or an unfilled placeholder counts as none), or no `institution` or `firm` has `origin local` (one diagnostic)'
    },
    source: {
        heading: '□ 산업클러스터 이론의 주요 쟁점',
        passage: '클러스터가 개별기업이나 산업에대한 보조수단이 될 경우 경쟁력이 저하됨 - 지역적기반에 근거하지 않고 \'유행에 따라 추진되는\'High-Tech Myopia (Brown, 2000)라는 개념도 있음',
        gist: 'A cluster loses competitiveness when it pursues high tech by fashion rather than on a regional base: High-Tech Myopia (Brown, 2000).'
    },
    messages: {
        main: {
            ko: '비전이 하이테크 중심(scope hightech)인데 현황 진단에 지역의 강점(strength)도, 지역에 뿌리를 둔(origin local) 대학·연구기관이나 기업도 없습니다. 지역적 기반 없이 유행을 따르는 하이테크 추진은 High-Tech Myopia입니다: 현황 진단에 `strength "…"`를 적고 지역 기관이나 기업에 `origin local`을 밝히세요. 지역 기반이 없다면 `scope lifescience`를 검토하세요.',
            en: 'The vision is high-tech (`scope hightech`), but the assessment names no regional strength and no institution or firm is rooted in the region (`origin local`). High tech pursued by fashion, without a regional base, is High-Tech Myopia: write the region\'s `strength "…"` in the assessment and mark its own institutions or firms `origin local`, or consider `scope lifescience`.'
        },
        noStrength: {
            ko: '비전이 하이테크 중심(scope hightech)인데 현황 진단에 지역의 강점(strength)이 적혀 있지 않습니다. 지역적 기반 없이 유행을 따르는 하이테크 추진은 High-Tech Myopia입니다: 하이테크를 택한 근거가 되는 강점을 `strength "…"`로 현황 진단에 적으세요.',
            en: 'The vision is high-tech (`scope hightech`), but the assessment names no regional strength. High tech pursued by fashion, without a regional base, is High-Tech Myopia: write the strength the choice rests on as `strength "…"` in the assessment.'
        },
        noLocal: {
            ko: '비전이 하이테크 중심(scope hightech)인데 지역에 뿌리를 둔(origin local) 대학·연구기관이나 기업이 없습니다. 지역적 기반 없이 유행을 따르는 하이테크 추진은 High-Tech Myopia입니다: 하이테크를 이끌 지역 기관이나 기업에 `origin local`을 밝히세요. 그런 기반이 없다면 `scope lifescience`를 검토하세요.',
            en: 'The vision is high-tech (`scope hightech`), but no institution or firm is rooted in the region (`origin local`). High tech pursued by fashion, without a regional base, is High-Tech Myopia: mark the region\'s own institutions or firms that carry it `origin local`, or, without such a base, consider `scope lifescience`.'
        },
        noStrengthHere: {
            ko: '강점(strength)이 적혀 있지 않은 현황 진단',
            en: 'the assessment, with no strength written'
        },
        notLocal: {
            ko: '지역에 뿌리를 둔 것으로 밝혀지지 않음(origin local 아님): {element}',
            en: 'not marked as rooted in the region (`origin local`): {element}'
        }
    },
    applies: facts => facts.vision?.scope?.value === 'hightech',
    check: facts => {
        const scope = facts.vision?.scope;
        if (scope?.value !== 'hightech') {
            return [];
        }
        const assessment = facts.assessment;
        const noStrength = !assessment?.entries.some(entry => entry.kind === 'strength' && isFilled(entry));
        const actors = [...facts.institutions, ...facts.firms];
        const noLocal = !actors.some(actor => actor.origin?.value === 'local');
        if (!noStrength && !noLocal) {
            return [];
        }
        const related: Array<RelatedElement<Note>> = [];
        if (noStrength && assessment) {
            related.push({ node: assessment, keyword: 'assessment', message: 'noStrengthHere' });
        }
        if (noLocal) {
            related.push(...actors.map(actor => ({ node: actor.node, property: 'name', message: 'notLocal' as const, args: { element: mention(actor.node) } })));
        }
        return [{ node: scope, message: noStrength && noLocal ? undefined : noStrength ? 'noStrength' : 'noLocal', related }];
    },
    examples: {
        failing: 'assessment {\n    strength "대학병원 인접"\n}\ninstitution Univ "지역 대학교" { type university }\nvision "첨단의료 허브" {\n    scope hightech\n}',
        passing: 'assessment {\n    strength "대학병원 인접"\n}\ninstitution Univ "지역 대학교" {\n    type university\n    origin local\n}\nvision "첨단의료 허브" {\n    scope hightech\n}'
    }
});
