import { defineRule } from '../../rule.js';

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
        ko: 'network의 kind가 social 또는 official일 때',
        en: 'a `network` has `kind social` or `kind official`'
    },
    source: {
        heading: '□ 세가지 핵심과제',
        passage: '네트워크 내에서 실질적인 사업관계가 일어날 수 있어야 함 → 단순한 친목관계, 관주도의 실적달성회의 형은 지양',
        gist: 'Real business relationships must happen in the network; avoid mere social circles and government-run performance meetings.'
    },
    messages: {
        main: {
            ko: '네트워크 {name}이(가) {kind} 성격입니다. 실질적 사업관계가 일어나는 비즈니스 네트워크(kind business)로 만드세요.',
            en: 'Network {name} is `{kind}`; make it a business network (`kind business`) where real deals happen.'
        }
    },
    applies: facts => facts.networks.length > 0,
    check: facts => facts.networks
        .filter(network => network.kind?.value === 'social' || network.kind?.value === 'official')
        .map(network => ({ node: network.kind!, property: 'value', args: { name: network.node.name, kind: network.kind!.value } })),
    examples: {
        failing: 'network Club "바이오 CEO 친목회" { kind social }',
        passing: 'network Forum "해양바이오 포럼" { kind business }'
    }
});
