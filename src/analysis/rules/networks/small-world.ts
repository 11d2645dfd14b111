import { connectedNetworkGroups } from '../../checks/network-groups.js';
import { atName, when } from '../../findings.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    id: 'small-world',
    category: 'networks',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '소그룹들과 이를 잇는 소수의 연결고리로 된 작은세상 네트워크를 만든다.',
        en: 'Shape a small world: close groups joined by a few ties between them.'
    },
    trigger: {
        ko: '네트워크가 둘 이상인데 bridge나 공통 members로 하나로 이어지지 않을 때 (하나)',
        en: 'two or more networks that do not form one connected group through `bridge`s or shared `members` (one diagnostic)'
    },
    source: {
        heading: '□ 산업클러스터 이론의 주요 쟁점',
        passage: '효율적인 네트워크의 전형적인 형태는 \'작은세상 네트워크 구조로써 … 서로 연계관계를 갖는 소그룹별 모임과, 각 소그룹들을 연결시켜줄 수 있는 소수의 그룹간 연결고리로 이루어진 형태의 네트워크임',
        gist: 'The typical efficient network is a small world: tightly tied small groups plus a few links between the groups.'
    },
    messages: {
        main: {
            ko: '네트워크들이 서로 이어지지 않습니다 ({groups}). bridge나 공통 회원으로 그룹 사이를 연결하세요.',
            en: 'The networks are not connected ({groups}): tie the groups with a `bridge` or a shared member.'
        }
    },
    applies: facts => facts.networks.length >= 2,
    check: facts => {
        if (facts.networks.length < 2) {
            return [];
        }
        const groups = connectedNetworkGroups(facts.networks);
        const described = groups.map(group => group.map(network => network.node.name).join(' + ')).join(' / ');
        return when(groups.length > 1, () => atName(groups[1][0].node, { args: { groups: described } }));
    },
    examples: {
        failing: 'firm A "에이바이오"\nfirm B "비제약"\nnetwork Research "연구회" { members A }\nnetwork Invest "투자협의회" { members B }',
        passing: 'firm A "에이바이오"\nfirm B "비제약"\nnetwork Research "연구회" {\n    members A\n    bridge Invest via A\n}\nnetwork Invest "투자협의회" { members B }'
    }
});
