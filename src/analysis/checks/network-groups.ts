import type { NetworkFacts } from '../facts.js';

/**
 * Groups networks into connected components. Two networks are tied when one bridges the
 * other or they share a member; a shared host or `via` actor does not tie them.
 */
export function connectedNetworkGroups(networks: readonly NetworkFacts[]): NetworkFacts[][] {
    const parent = networks.map((_, i) => i);
    const find = (i: number): number => {
        while (parent[i] !== i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    };
    const union = (a: number, b: number) => { parent[find(a)] = find(b); };

    const indexOfNode = new Map(networks.map((network, i) => [network.node, i]));
    const networkOfMember = new Map<object, number>();
    networks.forEach((network, i) => {
        for (const bridge of network.bridges) {
            const target = bridge.network?.ref && indexOfNode.get(bridge.network.ref);
            if (target !== undefined) {
                union(i, target);
            }
        }
        for (const member of network.memberActors) {
            const other = networkOfMember.get(member);
            if (other === undefined) {
                networkOfMember.set(member, i);
            } else {
                union(i, other);
            }
        }
    });

    const groups = new Map<number, NetworkFacts[]>();
    networks.forEach((network, i) => {
        const root = find(i);
        groups.set(root, [...groups.get(root) ?? [], network]);
    });
    return [...groups.values()];
}
