import { keywords } from '../../analysis/findings.js';
import type { NetworkFacts } from '../../analysis/facts.js';
import type { Localized } from '../../analysis/locale.js';
import { isChampion, isMeetsClause } from '../../grammar/generated/ast.js';
import { ACTOR_ELEMENT_TYPES } from '../grammar-roles.js';
import { unusedName, type PlanEdits } from '../plan-edits.js';
import { block, one, overseasLink, PLACEHOLDER, quoted, text, type FixContext, type FixProposal, type QuickFixTable } from './fix-kit.js';

const TITLE = {
    addNetwork: { ko: '비즈니스 네트워크(`network … { kind business }`) 추가', en: 'Add a business network: `network … { kind business }`' },
    businessNetwork: { ko: '네트워크 {name}을(를) 비즈니스 네트워크(`kind business`)로 바꾸기', en: 'Make network {name} a business network (`kind business`)' },
    addBusinessKind: { ko: '네트워크 {name}에 `kind business` 추가', en: 'Add `kind business` to network {name}' },
    changeHost: { ko: '네트워크 {name}의 주관을 {host}(으)로 바꾸기', en: 'Make {host} the host of network {name}' },
    businessNetworkHostedBy: { ko: '네트워크 {name}을(를) {host}이(가) 주관하는 비즈니스 네트워크로 바꾸기', en: 'Make network {name} a business network hosted by {host}' },
    setMeets: { ko: '네트워크 {name}의 모임 주기를 `meets {cadence}`(으)로 정하기', en: 'Make network {name} meet `{cadence}` (`meets {cadence}`)' },
    addOffers: { ko: '네트워크 {name}에 제공 서비스(`offers market, foresight`) 추가', en: 'Add services (`offers market, foresight`) to network {name}' },
    joinNetwork: { ko: '챔피언 {champion}을(를) 네트워크 {network}의 구성원(`members`)으로 넣기', en: 'Make champion {champion} a member of network {network}' },
    addChampionNetwork: { ko: '챔피언 {champion}이(가) 주관하는 비즈니스 네트워크 추가', en: 'Add a business network hosted by champion {champion}' },
    addOverseasLink: { ko: '해외 핵심클러스터 연계(`link … { scope overseas }`) 추가', en: 'Add an overseas link: `link … { scope overseas }`' }
} satisfies Record<string, Localized>;

/** How often the fixes have a network meet: the report wants continuing chances, quarterly at least. */
const CADENCES = ['quarterly', 'monthly'] as const;

const networkOf = (context: FixContext, node = context.node): NetworkFacts | undefined =>
    context.facts.networks.find(candidate => candidate.node === node || candidate.kind === node || candidate.host === node || candidate.meets === node);

/** A business network's clauses, hosted by `host` when one is given. */
const businessNetwork = (context: FixContext, stem: string, host?: string): string =>
    block(`network ${unusedName(stem, context.facts.elementsByName)} ${quoted(context, PLACEHOLDER.network)}`,
        ['kind business', ...host ? [`host ${host}`] : [], 'meets quarterly', 'offers market, foresight']);

const NETWORK_NEIGHBOURS = ['Network', 'Fund', ...ACTOR_ELEMENT_TYPES];

export const networkFixes: QuickFixTable = {
    'network-required': context => one(text(context, TITLE.addNetwork),
        edits => edits.addPlanItem(context.plan, businessNetwork(context, 'BusinessNetwork'), NETWORK_NEIGHBOURS)),
    'business-network': context => {
        const network = networkOf(context);
        if (!network) {
            return [];
        }
        const name = network.node.name;
        const setKind = (edits: PlanEdits) => network.kind
            ? edits.replaceProperty(network.kind, 'value', 'business')
            : edits.addToBlock(network.node, 'kind business');
        const message = context.data.message;
        if (message === 'main' || message === 'noKind') {
            return one(text(context, message === 'main' ? TITLE.businessNetwork : TITLE.addBusinessKind, { name }), setKind);
        }
        // A government host gives way to the agency, else to a university or institute.
        const hostClause = network.host;
        const host = context.facts.agencies[0]?.node ?? context.facts.institutions[0]?.node;
        if (!hostClause || !host) {
            return [];
        }
        return message === 'governmentHost'
            ? one(text(context, TITLE.changeHost, { name, host: host.name }), edits => edits.replaceProperty(hostClause, 'host', host.name))
            : one(text(context, TITLE.businessNetworkHostedBy, { name, host: host.name }), edits => setKind(edits).replaceProperty(hostClause, 'host', host.name));
    },
    'meeting-cadence': context => {
        const network = networkOf(context);
        if (!network) {
            return [];
        }
        const meets = isMeetsClause(context.node) ? context.node : undefined;
        return CADENCES.map((cadence): FixProposal => ({
            title: text(context, TITLE.setMeets, { name: network.node.name, cadence: keywords([cadence], 'Cadence') }),
            apply: edits => {
                if (meets) {
                    edits.replaceProperty(meets, 'cadence', cadence);
                } else {
                    edits.addToBlock(network.node, `meets ${cadence}`);
                }
            }
        }));
    },
    'network-services': context => {
        const network = networkOf(context);
        return network ? one(text(context, TITLE.addOffers, { name: network.node.name }), edits => edits.addToBlock(network.node, 'offers market, foresight')) : [];
    },
    'champion-network': context => {
        const champion = isChampion(context.node) ? context.node : undefined;
        if (!champion) {
            return [];
        }
        if (context.facts.networks.length === 0) {
            return one(text(context, TITLE.addChampionNetwork, { champion: champion.name }),
                edits => edits.addPlanItem(context.plan, businessNetwork(context, 'ChampionNetwork', champion.name), NETWORK_NEIGHBOURS));
        }
        return context.facts.networks.map((network): FixProposal => ({
            title: text(context, TITLE.joinNetwork, { champion: champion.name, network: network.node.name }),
            apply: edits => {
                if (network.members) {
                    edits.appendToList(network.members, [champion.name]);
                } else {
                    edits.addToBlock(network.node, `members ${champion.name}`);
                }
            }
        }));
    },
    'overseas-link': context => one(text(context, TITLE.addOverseasLink), edits => edits.addPlanItem(context.plan,
        overseasLink(context, unusedName('OverseasLink', context.facts.elementsByName)), ['Link', 'Network', 'Fund', ...ACTOR_ELEMENT_TYPES]))
};
