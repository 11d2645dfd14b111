import type { Actor } from '../../../grammar/generated/ast.js';
import type { PlanFacts } from '../../facts.js';
import { atName } from '../../findings.js';
import { defineRule } from '../../rule.js';

/** The actors that take part in a network: its members, its host and the `via` actors of its bridges. */
function networkActors(facts: PlanFacts): Set<Actor> {
    const actors = new Set<Actor>();
    for (const network of facts.networks) {
        network.memberActors.forEach(actor => actors.add(actor));
        const host = network.host?.host.ref;
        if (host) {
            actors.add(host);
        }
        for (const bridge of network.bridges) {
            const via = bridge.via.ref;
            if (via) {
                actors.add(via);
            }
        }
    }
    return actors;
}

export default defineRule({
    id: 'champion-network',
    category: 'networks',
    severity: 'warning',
    kind: 'principle',
    principle: {
        ko: '챔피언에게 초기 네트워크 활성화 미션을 맡긴다.',
        en: 'Give the champion the mission of getting the early networks going.'
    },
    trigger: {
        ko: 'champion이 어느 network의 members에도 없고, 어느 network의 host도 아니며, 어느 bridge의 via 주체도 아닐 때',
        en: 'a `champion` is in no network\'s `members`, is no network\'s `host` and is the `via` actor of no `bridge`'
    },
    source: {
        heading: '□ 지역 바이오클러스터의 발전전략 ▶ 전문 네트워크 형성',
        passage: '네트워크 활성화 챔피언 위촉 및 지원 : 개발 초기의 헌신적인 리더쉽 발휘를 위해 지역의 존경을 받을수 있는 인사나 단체를 챔피언으로 임명하여 초기의 네트워크 활성화 미션을 부여하고 지원하는 방안임',
        gist: 'Appoint and support a network champion: a respected person or body, named champion for committed early leadership, is given the mission of activating the early networks.'
    },
    messages: {
        main: {
            ko: '챔피언 {name}이(가) 어느 네트워크에도 참여하지 않습니다. 보고서는 챔피언에게 초기 네트워크 활성화 미션을 부여하라고 합니다: 네트워크 {network}의 구성원에 넣거나(`members …, {name}`), 네트워크를 주관하게 하거나(`host {name}`), 소그룹을 잇게 하세요(`bridge … via {name}`).',
            en: 'Champion {name} takes part in no network. The report gives the champion the mission of getting the early networks going: make them a member of network {network} (`members …, {name}`), its host (`host {name}`), or the tie between groups (`bridge … via {name}`).'
        },
        noNetwork: {
            ko: '챔피언 {name}이(가) 활성화할 네트워크가 없습니다. 보고서는 챔피언에게 초기 네트워크 활성화 미션을 부여하라고 합니다: `network … "…" { kind business host {name} }`처럼 챔피언이 이끌 네트워크를 추가하세요.',
            en: 'There is no network for champion {name} to get going. The report gives the champion the mission of activating the early networks: add one they lead, e.g. `network … "…" { kind business host {name} }`.'
        },
        couldJoin: {
            ko: '챔피언이 참여할 수 있는 네트워크: {network}',
            en: 'a network the champion could join: {network}'
        }
    },
    applies: facts => facts.champions.length > 0,
    check: facts => {
        const active = networkActors(facts);
        const networks = facts.networks.map(network => network.node);
        return facts.champions
            .filter(champion => !active.has(champion.node))
            .map(champion => networks.length === 0
                ? atName(champion.node, { message: 'noNetwork' })
                : atName(champion.node, {
                    args: { network: networks[0].name },
                    related: networks.map(network => ({ node: network, property: 'name', message: 'couldJoin' as const, args: { network: network.name } }))
                }));
    },
    examples: {
        failing: 'champion Kim "김해양 교수"\nfirm SeaGen "씨젠해양(주)"\nnetwork Forum "해양바이오 포럼" {\n    kind business\n    members SeaGen\n}',
        passing: 'champion Kim "김해양 교수"\nfirm SeaGen "씨젠해양(주)"\nnetwork Forum "해양바이오 포럼" {\n    kind business\n    members SeaGen, Kim\n}'
    }
});
