import { atName } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'central-local-coordination',
    category: 'governance',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '중앙정부의 정책 수립과 지역의 운영을 전담기구가 조율한다.',
        en: 'The agency coordinates the central government\'s policy with its operation in the region.'
    },
    trigger: {
        ko: 'level central인 government가 있는데 어떤 agency의 coordinates에도 그 이름이 없을 때 (그런 정부마다)',
        en: 'a `government` has `level central` and no `agency` names it in `coordinates` (one diagnostic per such government)'
    },
    source: {
        heading: '□ 산업클러스터 이론의 주요 쟁점 ▶ 클러스터 정책의 수립과 실행주체가 서로 다를 경우',
        passage: '정책수립은 대개 중앙정부이나 실제 운영은 지방자치단체나 민간단체가 담당하게 되는 경우가 일반적이므로 서로 다른 두 주체간의 조율이 잘되어야 함',
        gist: 'Policy is usually made by the central government while local governments or private bodies run it, so the two must be well coordinated.'
    },
    messages: {
        main: {
            ko: '중앙정부 {name}의 정책을 지역의 운영과 조율하는 전담기구가 없습니다. 보고서는 정책은 대개 중앙정부가 세우고 운영은 지자체나 민간이 맡으므로 두 주체 간 조율이 잘되어야 한다고 합니다: 전담기구 {agency}에 `coordinates {name}`를 추가하세요.',
            en: 'No agency coordinates the policy of central government {name} with its operation in the region. The report notes that policy usually comes from the centre while the region runs it, so the two must be well coordinated: add `coordinates {name}` to agency {agency}.'
        },
        noAgency: {
            ko: '중앙정부 {name}의 정책을 지역의 운영과 조율할 전담기구가 없습니다. 보고서는 정책은 대개 중앙정부가 세우고 운영은 지자체나 민간이 맡으므로 두 주체 간 조율이 잘되어야 한다고 합니다: `agency … "…" { independent coordinates {name} }`를 추가하세요.',
            en: 'No agency is there to coordinate the policy of central government {name} with its operation in the region. The report notes that policy usually comes from the centre while the region runs it, so the two must be well coordinated: add `agency … "…" { independent coordinates {name} }`.'
        },
        canCoordinate: {
            ko: '조율을 맡을 수 있는 전담기구: `coordinates {name}`를 추가',
            en: 'the agency that could coordinate it: add `coordinates {name}`'
        }
    },
    applies: facts => facts.governments.some(government => government.level?.value === 'central'),
    check: facts => {
        const coordinated = new Set(facts.agencies.flatMap(agency => agency.coordinatedGovernments));
        // The agency that already coordinates some government is the natural one to add it to.
        const agency = (facts.agencies.find(candidate => candidate.coordinates) ?? facts.agencies[0])?.node;
        return facts.governments
            .filter(government => government.level?.value === 'central' && !coordinated.has(government.node))
            .map(government => agency
                ? atName(government.node, {
                    args: { agency: agency.name },
                    related: [{ node: agency, property: 'name', message: 'canCoordinate', args: { name: government.node.name } }]
                })
                : atName(government.node, { message: 'noAgency' }));
    },
    examples: {
        failing: 'government MOHW "보건복지부" { level central }\nagency BioAgency "바이오진흥원" {\n    independent\n}',
        passing: 'government MOHW "보건복지부" { level central }\nagency BioAgency "바이오진흥원" {\n    independent\n    coordinates MOHW\n}'
    }
});
