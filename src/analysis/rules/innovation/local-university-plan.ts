import type { InstitutionFacts, PlanFacts } from '../../facts.js';
import { atName } from '../../findings.js';
import { defineRule } from '../../rule.js';

/** A university of the region: `type university` whose `origin` is `local` or not given. */
const localUniversities = (facts: PlanFacts): InstitutionFacts[] => facts.institutions
    .filter(institution => institution.type?.value === 'university' && institution.origin?.value !== 'external');

export default defineRule({
    id: 'local-university-plan',
    category: 'innovation',
    severity: 'info',
    kind: 'principle',
    principle: {
        ko: '장기적 비전 아래 지역 대학의 수준을 높이는 계획을 세운다.',
        en: 'Plan, with a long-term vision, to raise the level of the local university.'
    },
    trigger: {
        ko: 'type university이고 origin이 local이거나 없는 institution이 있는데, 그런 기관이 맡은 term long·goals research 과제가 없을 때 (하나)',
        en: 'an `institution` has `type university` and its `origin` is `local` or missing, and no `term long` task with goal `research` is owned by such an institution (one diagnostic)'
    },
    source: {
        heading: '□ 지역 바이오클러스터 육성의 세가지 핵심과제 ▶ 세계적 수준의 대학/공공연구소',
        passage: '획기적인 인센티브를 부여해서라도 스타급과학자를 지역내로 유치하고, 장기적 비전아래 지역 대학의 수준을 향상시키는 플랜이 마련되어야 함',
        gist: 'Attract star scientists, even with extraordinary incentives, and lay out a plan, under a long-term vision, to raise the level of the local universities.'
    },
    messages: {
        main: {
            ko: '지역 대학 {name}의 수준을 높일 장기 연구 과제가 없습니다. 보고서는 장기적 비전 아래 지역 대학의 수준을 향상시키는 플랜을 마련하라고 합니다: `task … "…" { term long owner {name} goals research }`를 추가하세요.',
            en: 'No long-term research task is owned by the local university {name}. The report calls for a plan, under a long-term vision, to raise the level of the local university: add `task … "…" { term long owner {name} goals research }`.'
        },
        otherUniversity: {
            ko: '장기 연구 과제가 없는 다른 지역 대학: {name}',
            en: 'another local university without a long-term research task: {name}'
        }
    },
    applies: facts => localUniversities(facts).length > 0,
    check: facts => {
        const universities = localUniversities(facts);
        const nodes = new Set(universities.map(university => university.node));
        const planned = facts.tasks.some(task => task.term?.value === 'long' && task.goals?.goals.includes('research')
            && task.ownerActor !== undefined && nodes.has(task.ownerActor as InstitutionFacts['node']));
        if (universities.length === 0 || planned) {
            return [];
        }
        const [first, ...others] = universities;
        return [atName(first.node, {
            related: others.map(other => ({ node: other.node, property: 'name', message: 'otherUniversity' as const, args: { name: other.node.name } }))
        })];
    },
    examples: {
        failing: 'institution PNU "부산대학교" { type university origin local }\ntask T1 "바이오 기능인력 양성" {\n    term short\n    owner PNU\n    goals workforce\n}',
        passing: 'institution PNU "부산대학교" { type university origin local }\ntask T1 "해양생명공학 대학원 고도화" {\n    term long\n    owner PNU\n    goals research\n}'
    }
});
