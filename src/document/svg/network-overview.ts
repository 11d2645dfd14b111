import type { NetworkMapData } from '../model.js';
import { PALETTE, SVG_FONT } from './palette.js';
import { NOTE_SIZE, noteLines } from './note.js';
import { fitText, px } from './text.js';
import { element, text } from './xml.js';

const WIDTH = 720;
const MARGIN = 12;
const GAP = 12;
const BOX_HEIGHT = 78;

/**
 * The network map of a plan too large to read on one printed page: a box per network with its
 * kind, how many members and links to other clusters it has and who hosts it, and the bridges
 * between networks as dashed lines. The members and links themselves are in the tables that
 * follow the figure.
 */
export function networkOverviewSvg(map: NetworkMapData): string {
    const columns = map.networks.length > 40 ? 5 : 4;
    const boxWidth = (WIDTH - 2 * MARGIN - (columns - 1) * GAP) / columns;
    const centreOf = new Map(map.networks.map((network, index) => [network.key, {
        x: MARGIN + (index % columns) * (boxWidth + GAP) + boxWidth / 2,
        y: MARGIN + Math.floor(index / columns) * (BOX_HEIGHT + GAP) + BOX_HEIGHT / 2
    }]));

    // Beneath the boxes, so that a line shows between the two networks it joins; each pair once.
    const joined = new Set<string>();
    const bridges: string[] = [];
    for (const network of map.networks) {
        const from = centreOf.get(network.key)!;
        for (const bridge of network.bridges) {
            const to = centreOf.get(bridge.toNetwork);
            const pair = [network.key, bridge.toNetwork].sort().join('\u0000');
            if (to && to !== from && !joined.has(pair)) {
                joined.add(pair);
                bridges.push(element('line', { x1: px(from.x), y1: px(from.y), x2: px(to.x), y2: px(to.y), stroke: PALETTE.accent, 'stroke-width': 1.8, 'stroke-dasharray': '5 3' }));
            }
        }
    }

    const boxes = map.networks.map(network => {
        const centre = centreOf.get(network.key)!;
        const x = centre.x - boxWidth / 2;
        const y = centre.y - BOX_HEIGHT / 2;
        const line = (offset: number, content: string, size: number, colour: string, weight?: number) =>
            element('text', { x: px(x + 10), y: px(y + offset), 'font-size': size, 'font-weight': weight, fill: colour }, text(fitText(content, boxWidth - 20, size)));
        return element('g', { class: 'network' },
            element('title', {}, text(`${network.label} (${network.subtitle})`)),
            element('rect', { x: px(x), y: px(y), width: px(boxWidth), height: BOX_HEIGHT, rx: 8, fill: PALETTE.wash, stroke: PALETTE.primary, 'stroke-width': 1.5 }),
            line(19, network.label, 12, PALETTE.primary, 700),
            line(36, network.subtitle, 10.5, PALETTE.muted),
            line(52, network.summary.counts, 10.5, PALETTE.ink),
            line(68, network.summary.host, 10.5, PALETTE.ink));
    });

    const note = noteLines(map.overview.note, MARGIN, MARGIN + Math.ceil(map.networks.length / columns) * (BOX_HEIGHT + GAP) + 4, WIDTH - 2 * MARGIN);
    const legendY = note.bottom + 14;
    const legend = element('g', { class: 'legend', 'font-size': NOTE_SIZE, fill: PALETTE.muted },
        element('line', { x1: MARGIN, y1: px(legendY - 4), x2: MARGIN + 24, y2: px(legendY - 4), stroke: PALETTE.accent, 'stroke-width': 1.8, 'stroke-dasharray': '5 3' }),
        element('text', { x: MARGIN + 30, y: px(legendY) }, text(map.legend.bridge)));

    return element('svg', {
        xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${WIDTH} ${px(legendY + MARGIN)}`, role: 'img', 'font-family': SVG_FONT, class: 'figure network-overview'
    }, element('title', {}, text(map.overview.caption)), ...bridges, ...boxes, ...note.lines, legend);
}
