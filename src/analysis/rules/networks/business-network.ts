import { isGovernment } from '../../../grammar/generated/ast.js';
import type { NetworkFacts } from '../../facts.js';
import { atName, keywords, type Violation } from '../../findings.js';
import { defineRule } from '../../rule.js';

type Message = 'noKind' | 'governmentHost' | 'governmentRun' | 'hostedHere';

export default defineRule({
    id: 'business-network',
    category: 'networks',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '친목 모임이나 관 주도 실적회의가 아닌, 실질적 사업관계가 일어나는 네트워크를 만든다.',
        en: 'Build networks where real business happens, not social clubs or official meetings.'
    },
    trigger: {
        ko: 'network의 kind가 social이나 official이거나 kind가 없을 때, 또는 host가 government일 때 (네트워크마다 하나)',
        en: 'a `network` has `kind social`, `kind official` or no `kind`, or its `host` is a `government` (one diagnostic per network)'
    },
    source: {
        heading: '□ 지역 바이오클러스터 육성의 세가지 핵심과제',
        passage: '네트워크 내에서 실질적인 사업관계가 일어날 수 있어야 함 → 단순한 친목관계, 관주도의 실적달성회의 형은 지양 →[전담지원기구] 또는 지역의 중심적인 대학이나 민간 단체를 중심으로 기업인들이 서로 만날수있는 기회를 지속적으로 제공',
        gist: 'Real business relationships must happen in the network; avoid mere social circles and government-run performance meetings; let the cluster agency, a leading local university or a private body bring business people together.'
    },
    messages: {
        main: {
            ko: '네트워크 {name}이(가) {kind} 모임입니다. 단순한 친목관계나 관 주도의 실적달성회의가 아니라 실질적인 사업관계가 일어나는 네트워크여야 합니다: `kind business`로 바꾸고 회원이 거래·협력할 거리를 `offers`로 제공하세요.',
            en: 'Network {name} is a {kind} gathering. A network must be where real business happens, not a social circle or a government-run performance meeting: change it to `kind business` and give members something to trade and work on with `offers`.'
        },
        noKind: {
            ko: '네트워크 {name}의 성격(kind)이 정해져 있지 않습니다. 네트워크는 친목이나 관 주도 회의가 아니라 실질적인 사업관계가 일어나는 곳이어야 합니다: `kind business`를 추가하세요.',
            en: 'Network {name} does not say what kind it is. A network must be where real business happens, not a social circle or an official meeting: add `kind business`.'
        },
        governmentHost: {
            ko: '네트워크 {name}을(를) 정부 {host}이(가) 주관합니다. 관 주도 모임은 실적달성회의가 되기 쉬우므로, 보고서는 전담지원기구나 지역의 중심 대학·민간 단체가 중심이 되라고 합니다: `host …`를 전담기구, 대학 또는 민간 단체로 바꾸세요.',
            en: 'Network {name} is hosted by government {host}. Government-run meetings turn into performance reviews; the report has the cluster agency, a leading local university or a private body bring business people together: change `host …` to one of them.'
        },
        governmentRun: {
            ko: '네트워크 {name}은(는) 정부 {host}이(가) 주관하고, 비즈니스 네트워크(kind business)로 정해져 있지도 않습니다. 단순한 친목관계나 관 주도의 실적달성회의가 아니라 실질적인 사업관계가 일어나야 합니다: `kind business`로 정하고 `host …`를 전담기구, 대학 또는 민간 단체로 바꾸세요.',
            en: 'Network {name} is hosted by government {host} and is not a business network (`kind business`). A network must be where real business happens, not a social circle or a government-run performance meeting: make it `kind business` and change `host …` to the cluster agency, a university or a private body.'
        },
        hostedHere: {
            ko: '정부가 주관: {host}',
            en: 'hosted by a government: {host}'
        }
    },
    applies: facts => facts.networks.length > 0,
    check: facts => facts.networks.flatMap((network): Array<Violation<'main' | Message>> => {
        const kind = network.kind;
        const businessKind = kind?.value === 'business';
        const host = governmentHost(network);
        if (businessKind && !host) {
            return [];
        }
        if (!host) {
            return kind
                ? [{ node: kind, property: 'value', args: { name: network.node.name, kind: keywords([kind.value]) } }]
                : [atName(network.node, { message: 'noKind' })];
        }
        const args = { name: network.node.name, host: host.host.$refText };
        if (businessKind) {
            return [{ node: host, property: 'host', message: 'governmentHost', args }];
        }
        const related = [{ node: host, property: 'host', message: 'hostedHere' as const, args }];
        return [kind
            ? { node: kind, property: 'value', message: 'governmentRun', args, related }
            : atName(network.node, { message: 'governmentRun', args, related })];
    }),
    examples: {
        failing: 'network Club "바이오 CEO 친목회" { kind social }',
        passing: 'network Forum "해양바이오 포럼" { kind business }'
    }
});

/** The network's `host` clause when it names a government. */
function governmentHost(network: NetworkFacts) {
    return network.host && isGovernment(network.host.host.ref) ? network.host : undefined;
}
