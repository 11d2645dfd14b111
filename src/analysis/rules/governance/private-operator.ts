import { atName } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'private-operator',
    category: 'governance',
    severity: 'info',
    kind: 'principle',
    principle: {
        ko: '민간 주도 클러스터는 운영전문성을 갖춘 민간운영기관이 운영한다.',
        en: 'A private-led cluster is run by a private operating body with the expertise to run it.'
    },
    trigger: {
        ko: 'leadership private인데 operator private인 agency가 없을 때 (하나)',
        en: '`leadership private` and no `agency` has `operator private` (one diagnostic)'
    },
    source: {
        heading: '□ 한국적 바이오클러스터의 전략 ▶ 시장시스템 조성',
        passage: '지역 클러스터 운영전문성 제고를 위한 민간운영기관 설립',
        gist: 'Set up private operating bodies to raise the expertise with which regional clusters are run.'
    },
    messages: {
        main: {
            ko: '민간 주도 계획인데 전담기구 {name}을(를) 누가 운영하는지 정하지 않았습니다. 보고서는 지역 클러스터의 운영전문성을 높이려 민간운영기관을 세우라고 합니다: 전담기구 {name}에 `operator private`를 추가하세요.',
            en: 'The plan is private-led but does not say who runs agency {name}. The report calls for private operating bodies to raise the expertise of running the cluster: add `operator private` to agency {name}.'
        },
        publicOperator: {
            ko: '민간 주도 계획인데 전담기구 {name}을(를) 공공이 운영합니다. 보고서는 지역 클러스터의 운영전문성을 높이려 민간운영기관을 세우라고 합니다: 운영을 민간 전문기관에 맡기고 `operator private`로 바꾸세요.',
            en: 'The plan is private-led but agency {name} is run by the public sector. The report calls for private operating bodies to raise the expertise of running the cluster: entrust its operation to a private body and change it to `operator private`.'
        },
        noAgency: {
            ko: '민간 주도 계획인데 클러스터를 운영할 민간운영기관이 없습니다. 보고서는 지역 클러스터의 운영전문성을 높이려 민간운영기관을 세우라고 합니다: `agency … "…" { independent operator private }`를 추가하세요.',
            en: 'The plan is private-led but has no private body to run the cluster. The report calls for private operating bodies to raise the expertise of running the cluster: add `agency … "…" { independent operator private }`.'
        },
        privateLed: {
            ko: '민간 주도로 정한 곳',
            en: 'the plan is private-led here'
        }
    },
    applies: facts => facts.leadership?.value === 'private',
    check: facts => {
        const leadership = facts.leadership;
        if (leadership?.value !== 'private' || facts.agencies.some(agency => agency.operator?.value === 'private')) {
            return [];
        }
        const related = [{ node: leadership, property: 'value', message: 'privateLed' as const }];
        // An agency run by the public sector is the one to change; else the first agency gets the clause.
        const publicRun = facts.agencies.find(agency => agency.operator);
        if (publicRun?.operator) {
            return [{ node: publicRun.operator, property: 'value', message: 'publicOperator', args: { name: publicRun.node.name }, related }];
        }
        const agency = facts.agencies[0];
        return agency
            ? [atName(agency.node, { related })]
            : [{ node: leadership, property: 'value', message: 'noAgency' }];
    },
    examples: {
        failing: 'leadership private\nagency BioAgency "바이오진흥원" {\n    independent\n}',
        passing: 'leadership private\nagency BioAgency "바이오진흥원" {\n    independent\n    operator private\n}'
    }
});
