import { connectedNetworkGroups } from '../../checks/network-groups.js';
import type { NetworkFacts } from '../../facts.js';
import { atName, when } from '../../findings.js';
import { defineRule } from '../../rule.js';

/** One network naming this many actors is not a small world but everyone in one room. */
const ONE_NETWORK_LIMIT = 6;

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
        ko: '네트워크가 둘 이상인데 하나로 이어지지 않을 때 (bridge로 잇거나 members를 공유해야 이어진 것으로 봄; 같은 host나 via 주체는 잇지 않음), 또는 네트워크가 하나뿐인데 members가 서로 다른 주체 여섯 이상일 때 (하나)',
        en: 'two or more networks that do not form one connected group, where two networks are tied only when one `bridge`s the other or they share a `members` entry (a shared `host` or `via` actor does not tie them); or exactly one network whose `members` name six or more different actors (one diagnostic)'
    },
    source: {
        heading: '□ 산업클러스터 이론의 주요 쟁점',
        passage: '효율적인 네트워크의 전형적인 형태는 \'작은세상 네트워크 구조로써 … 서로 연계관계를 갖는 소그룹별 모임과, 각 소그룹들을 연결시켜줄 수 있는 소수의 그룹간 연결고리로 이루어진 형태의 네트워크임',
        gist: 'The typical efficient network is a small world: tightly tied small groups plus a few links between the groups.'
    },
    messages: {
        main: {
            ko: '네트워크가 서로 이어지지 않은 {count}개 그룹으로 나뉘어 있습니다 ({groups}). 작은세상 네트워크는 소그룹들을 소수의 연결고리로 잇습니다: 네트워크 {name}에 `bridge {other} via …`를 추가하거나 두 그룹에 공통 구성원을 두세요.',
            en: 'The networks fall into {count} groups that are not tied together ({groups}). A small world joins its small groups by a few ties: add `bridge {other} via …` to network {name}, or give two groups a shared member.'
        },
        oneBigNetwork: {
            ko: '네트워크 {name} 하나에 주체 {count}곳이 모두 들어 있습니다. 작은세상 네트워크는 모두가 서로 연결된 모임이 아니라 소그룹들과 그 사이의 소수 연결고리로 이루어집니다: 주제별 소그룹 네트워크로 나누고 `bridge … via …`로 이으세요.',
            en: 'Network {name} holds all {count} actors in one group. A small world is not everyone tied to everyone but small groups joined by a few ties: split it into groups by theme and tie them with `bridge … via …`.'
        },
        otherGroup: {
            ko: '이어지지 않은 다른 그룹: {group}',
            en: 'another group, not tied to it: {group}'
        }
    },
    applies: facts => facts.networks.length > 0,
    check: facts => {
        if (facts.networks.length === 1) {
            const network = facts.networks[0];
            const count = new Set(network.memberActors).size;
            return when(count >= ONE_NETWORK_LIMIT, () => atName(network.node, { message: 'oneBigNetwork', args: { count } }));
        }
        const groups = connectedNetworkGroups(facts.networks);
        if (groups.length < 2) {
            return [];
        }
        const names = (group: readonly NetworkFacts[]) => group.map(network => network.node.name).join(' + ');
        const target = groups[1][0].node;
        return [atName(target, {
            args: { count: groups.length, groups: groups.map(names).join(' / '), other: groups[0][0].node.name },
            related: groups.filter((_, index) => index !== 1).map(group => ({
                node: group[0].node, property: 'name', message: 'otherGroup', args: { group: names(group) }
            }))
        })];
    },
    examples: {
        failing: 'firm A "에이바이오"\nfirm B "비제약"\nnetwork Research "연구회" { members A }\nnetwork Invest "투자협의회" { members B }',
        passing: 'firm A "에이바이오"\nfirm B "비제약"\nnetwork Research "연구회" {\n    members A\n    bridge Invest via A\n}\nnetwork Invest "투자협의회" { members B }'
    }
});
