import { atName } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'network-services',
    category: 'networks',
    severity: 'info',
    kind: 'principle',
    principle: {
        ko: '네트워크는 시장정보·기술예측·해외 기회 등 실질적인 서비스를 제공한다.',
        en: 'Networks offer practical services: market information, foresight, overseas opportunities.'
    },
    trigger: {
        ko: 'network에 offers가 없을 때',
        en: 'a `network` has no `offers`'
    },
    source: {
        heading: '□ 지역 바이오클러스터 육성의 세가지 핵심과제',
        passage: '시장정보조사, 기술예측, 해외네트워크기회 등 기업이 필요로하는 실질적인 서비스 제공',
        gist: 'Provide the practical services firms need: market research, technology foresight, overseas network opportunities.'
    },
    messages: {
        main: {
            ko: '네트워크 {name}이(가) 회원에게 제공하는 서비스(offers)가 없습니다. 기업인이 자발적으로 참여하려면 시장정보조사, 기술예측, 해외네트워크기회처럼 기업이 필요로 하는 실질적인 서비스가 있어야 합니다: `offers market, foresight, overseas`처럼 제공할 서비스를 추가하세요.',
            en: 'Network {name} offers its members nothing (`offers`). Firms join a network for the practical services they need: market research, technology foresight, overseas opportunities. Add them, e.g. `offers market, foresight, overseas`.'
        }
    },
    applies: facts => facts.networks.length > 0,
    check: facts => facts.networks.filter(network => !network.offers).map(network => atName(network.node)),
    examples: {
        failing: 'network Forum "해양바이오 포럼" { kind business }',
        passing: 'network Forum "해양바이오 포럼" {\n    kind business\n    offers market, foresight\n}'
    }
});
