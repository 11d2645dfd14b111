import { atName, type Violation } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'meeting-cadence',
    category: 'networks',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '네트워크는 기업인들이 서로 만날 수 있는 기회를 지속적으로 제공한다.',
        en: 'A network gives business people continuing chances to meet.'
    },
    trigger: {
        ko: 'network에 meets가 없거나 meets annually일 때',
        en: 'a `network` has no `meets`, or `meets annually`'
    },
    source: {
        heading: '□ 지역 바이오클러스터 육성의 세가지 핵심과제',
        passage: '[전담지원기구] 또는 지역의 중심적인 대학이나 민간 단체를 중심으로 기업인들이 서로 만날수있는 기회를 지속적으로 제공',
        gist: 'Around the cluster agency, a leading local university or a private body, keep giving business people chances to meet one another.'
    },
    messages: {
        main: {
            ko: '네트워크 {name}에 모임 주기(meets)가 없습니다. 보고서는 기업인들이 서로 만날 수 있는 기회를 지속적으로 제공하라고 합니다: `meets quarterly`나 `meets monthly`를 추가하세요.',
            en: 'Network {name} has no meeting cadence (`meets`). The report asks for continuing chances for business people to meet: add `meets quarterly` or `meets monthly`.'
        },
        annually: {
            ko: '네트워크 {name}이(가) 1년에 한 번만 모입니다(meets annually). 기업인들이 서로 만날 기회가 지속적으로 있으려면 더 자주 모여야 합니다: `meets quarterly`나 `meets monthly`로 바꾸세요.',
            en: 'Network {name} meets only once a year (`meets annually`). Business people need continuing chances to meet: change it to `meets quarterly` or `meets monthly`.'
        }
    },
    applies: facts => facts.networks.length > 0,
    check: facts => facts.networks.flatMap((network): Array<Violation<'main' | 'annually'>> => {
        if (!network.meets) {
            return [atName(network.node)];
        }
        return network.meets.cadence === 'annually'
            ? [{ node: network.meets, property: 'cadence', message: 'annually', args: { name: network.node.name } }]
            : [];
    }),
    examples: {
        failing: 'network Forum "해양바이오 포럼" {\n    kind business\n    meets annually\n}',
        passing: 'network Forum "해양바이오 포럼" {\n    kind business\n    meets quarterly\n}'
    }
});
