import type { Localized } from '../../analysis/locale.js';
import { isNetworkKindClause } from '../../grammar/generated/ast.js';
import { ACTOR_ELEMENT_TYPES } from '../grammar-roles.js';
import { unusedName } from '../plan-edits.js';
import { block, one, overseasLink, PLACEHOLDER, quoted, text, type QuickFixTable } from './fix-kit.js';

const TITLE = {
    addNetwork: { ko: '비즈니스 네트워크(network … { kind business }) 추가', en: 'Add a business network: network … { kind business }' },
    businessNetwork: { ko: '네트워크 {name}을(를) 비즈니스 네트워크(kind business)로 바꾸기', en: 'Make network {name} a business network (kind business)' },
    addOffers: { ko: '네트워크 {name}에 제공 서비스(offers market, foresight) 추가', en: 'Add services (offers market, foresight) to network {name}' },
    addOverseasLink: { ko: '해외 핵심클러스터 연계(link … { scope overseas }) 추가', en: 'Add an overseas link: link … { scope overseas }' }
} satisfies Record<string, Localized>;

export const networkFixes: QuickFixTable = {
    'network-required': context => one(text(context, TITLE.addNetwork), edits => edits.addPlanItem(context.plan,
        block(`network ${unusedName('BusinessNetwork', context.facts.elementsByName)} ${quoted(context, PLACEHOLDER.network)}`, ['kind business', 'offers market, foresight']),
        ['Network', 'Fund', ...ACTOR_ELEMENT_TYPES])),
    'business-network': context => {
        const kind = context.node;
        const network = isNetworkKindClause(kind) ? context.facts.networks.find(candidate => candidate.kind === kind) : undefined;
        return network?.kind
            ? one(text(context, TITLE.businessNetwork, { name: network.node.name }), edits => edits.replaceProperty(network.kind!, 'value', 'business'))
            : [];
    },
    'network-services': context => {
        const network = context.facts.networks.find(candidate => candidate.node === context.node);
        return network ? one(text(context, TITLE.addOffers, { name: network.node.name }), edits => edits.addToBlock(network.node, 'offers market, foresight')) : [];
    },
    'overseas-link': context => one(text(context, TITLE.addOverseasLink), edits => edits.addPlanItem(context.plan,
        overseasLink(context, unusedName('OverseasLink', context.facts.elementsByName)), ['Link', 'Network', 'Fund', ...ACTOR_ELEMENT_TYPES]))
};
