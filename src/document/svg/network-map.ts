import type { MapActor, NetworkMapData } from '../model.js';
import { PALETTE, SVG_FONT } from './palette.js';
import { fitText, px, textWidth } from './text.js';
import { element, text } from './xml.js';

const WIDTH = 720;
const MARGIN = 12;
const COLUMNS = 3;
const GAP_X = 28;
const GAP_Y = 64;
const HEADER = 48;
const PILL = 26;
const PILL_GAP = 6;
const LINK_HEIGHT = 44;

interface Point { readonly x: number; readonly y: number }
interface Box { readonly x: number; readonly y: number; readonly width: number; readonly height: number }

/**
 * The networks as groups with their members, bridges between groups (dashed, with the
 * bridging actor) and the ties to other clusters below them, overseas and domestic apart.
 */
export function networkMapSvg(map: NetworkMapData, caption: string): string {
    const columns = Math.max(1, Math.min(COLUMNS, map.networks.length));
    const boxWidth = (WIDTH - 2 * MARGIN - (columns - 1) * GAP_X) / columns;
    const boxes = new Map<string, Box>();
    const actorAt = new Map<string, Point>();
    const groups: string[] = [];

    let y = MARGIN;
    for (let rowStart = 0; rowStart < map.networks.length; rowStart += columns) {
        const row = map.networks.slice(rowStart, rowStart + columns);
        const rowHeight = Math.max(...row.map(network => HEADER + Math.max(1, network.members.length) * (PILL + PILL_GAP) + 8));
        row.forEach((network, index) => {
            const box = { x: MARGIN + index * (boxWidth + GAP_X), y, width: boxWidth, height: rowHeight };
            boxes.set(network.key, box);
            const pills = network.members.map((member, memberIndex) => {
                const at = { x: box.x + 10, y: box.y + HEADER + memberIndex * (PILL + PILL_GAP) };
                if (!actorAt.has(member.key)) {
                    actorAt.set(member.key, { x: at.x + (box.width - 20) / 2, y: at.y + PILL / 2 });
                }
                return actorPill(member, at, box.width - 20, PALETTE.primarySoft);
            });
            groups.push(element('g', { class: 'network' },
                element('title', {}, text(`${network.label} (${network.subtitle})`)),
                element('rect', { x: px(box.x), y: px(box.y), width: px(box.width), height: px(box.height), rx: 10, fill: PALETTE.wash, stroke: PALETTE.primary, 'stroke-width': 1.5 }),
                element('text', { x: px(box.x + 12), y: px(box.y + 21), 'font-size': 13.5, 'font-weight': 700, fill: PALETTE.primary }, text(fitText(network.label, box.width - 24, 13.5))),
                element('text', { x: px(box.x + 12), y: px(box.y + 38), 'font-size': 10.5, fill: PALETTE.muted }, text(fitText(network.subtitle, box.width - 24, 10.5))),
                ...pills));
        });
        y += rowHeight + GAP_Y;
    }
    if (map.networks.length === 0) {
        y = MARGIN;
    }

    if (map.looseActors.length > 0) {
        groups.push(element('text', { x: MARGIN, y: px(y + 12), 'font-size': 11, fill: PALETTE.muted }, text(map.looseTitle)));
        const width = (WIDTH - 2 * MARGIN - 3 * 10) / 4;
        map.looseActors.forEach((actor, index) => {
            const at = { x: MARGIN + (index % 4) * (width + 10), y: y + 20 + Math.floor(index / 4) * (PILL + PILL_GAP) };
            actorAt.set(actor.key, { x: at.x + width / 2, y: at.y + PILL / 2 });
            groups.push(actorPill(actor, at, width, PALETTE.neutralSoft));
        });
        y += 20 + Math.ceil(map.looseActors.length / 4) * (PILL + PILL_GAP) + GAP_Y - 20;
    }

    const linkEdges: string[] = [];
    if (map.links.length > 0) {
        const perRow = Math.min(4, map.links.length);
        const width = (WIDTH - 2 * MARGIN - (perRow - 1) * 16) / perRow;
        map.links.forEach((link, index) => {
            const box = { x: MARGIN + (index % perRow) * (width + 16), y: y + Math.floor(index / perRow) * (LINK_HEIGHT + 16), width, height: LINK_HEIGHT };
            const colour = link.overseas ? PALETTE.overseas : PALETTE.domestic;
            const soft = link.overseas ? PALETTE.overseasSoft : PALETTE.domesticSoft;
            const partner = link.partner ? actorAt.get(link.partner) : undefined;
            if (partner) {
                linkEdges.push(element('path', {
                    d: `M${px(partner.x)},${px(partner.y)} C${px(partner.x)},${px(box.y - 24)} ${px(box.x + width / 2)},${px(partner.y + 30)} ${px(box.x + width / 2)},${px(box.y)}`,
                    fill: 'none', stroke: colour, 'stroke-width': 1.6, 'marker-end': link.overseas ? 'url(#arrow-overseas)' : 'url(#arrow-domestic)'
                }));
            }
            groups.push(element('g', { class: 'link' },
                element('title', {}, text(`${link.label} (${link.scopeLabel})`)),
                element('rect', { x: px(box.x), y: px(box.y), width: px(width), height: LINK_HEIGHT, rx: LINK_HEIGHT / 2, fill: soft, stroke: colour, 'stroke-width': 1.5 }),
                element('text', { x: px(box.x + width / 2), y: px(box.y + 19), 'text-anchor': 'middle', 'font-size': 12, 'font-weight': 700, fill: colour }, text(fitText(link.label, width - 24, 12))),
                element('text', { x: px(box.x + width / 2), y: px(box.y + 34), 'text-anchor': 'middle', 'font-size': 10, fill: PALETTE.muted }, text(fitText(link.scopeLabel, width - 24, 10)))));
        });
        y += Math.ceil(map.links.length / perRow) * (LINK_HEIGHT + 16) + 8;
    }

    const bridgeEdges: string[] = [];
    for (const network of map.networks) {
        const from = boxes.get(network.key)!;
        for (const bridge of network.bridges) {
            const to = boxes.get(bridge.toNetwork);
            if (to) {
                bridgeEdges.push(bridgePath(from, to, bridge.viaLabel));
            }
        }
    }

    // Rows of networks leave room below for bridge curves; without links below, less is needed.
    const legendY = map.links.length > 0 || map.looseActors.length > 0 ? y + 8 : y - GAP_Y + 40;
    const legend = element('g', { class: 'legend', 'font-size': 10.5, fill: PALETTE.muted },
        element('rect', { x: MARGIN, y: legendY, width: 14, height: 10, rx: 3, fill: PALETTE.primarySoft, stroke: PALETTE.primary, 'stroke-width': 2 }),
        element('text', { x: MARGIN + 20, y: legendY + 9 }, text(map.legend.host)),
        element('line', { x1: 190, y1: legendY + 5, x2: 214, y2: legendY + 5, stroke: PALETTE.accent, 'stroke-width': 1.8, 'stroke-dasharray': '5 3' }),
        element('text', { x: 220, y: legendY + 9 }, text(map.legend.bridge)),
        element('line', { x1: 400, y1: legendY + 5, x2: 424, y2: legendY + 5, stroke: PALETTE.overseas, 'stroke-width': 1.8 }),
        element('text', { x: 430, y: legendY + 9 }, text(map.legend.overseas)),
        element('line', { x1: 560, y1: legendY + 5, x2: 584, y2: legendY + 5, stroke: PALETTE.domestic, 'stroke-width': 1.8 }),
        element('text', { x: 590, y: legendY + 9 }, text(map.legend.domestic)));

    const defs = element('defs', {},
        arrowMarker('arrow-overseas', PALETTE.overseas), arrowMarker('arrow-domestic', PALETTE.domestic), arrowMarker('arrow-bridge', PALETTE.accent));
    return element('svg', {
        xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${WIDTH} ${px(legendY + 20)}`, role: 'img', 'font-family': SVG_FONT, class: 'figure network-map'
    }, element('title', {}, text(caption)), defs, ...linkEdges, ...groups, ...bridgeEdges, legend);
}

function actorPill(actor: MapActor, at: Point, width: number, fill: string): string {
    return element('g', { class: 'actor' },
        element('title', {}, text(actor.label)),
        element('rect', { x: px(at.x), y: px(at.y), width: px(width), height: PILL, rx: 6, fill, stroke: PALETTE.primary, 'stroke-width': actor.host ? 2.4 : 0.8 }),
        element('text', { x: px(at.x + width / 2), y: px(at.y + 17), 'text-anchor': 'middle', 'font-size': 11.5, 'font-weight': actor.host ? 700 : 400, fill: PALETTE.ink },
            text(fitText(actor.label, width - 12, 11.5))));
}

/** A dashed curve below two group boxes (or beside them, for boxes in different rows). */
function bridgePath(from: Box, to: Box, via: string): string {
    const start = { x: from.x + from.width / 2, y: from.y + from.height };
    const end = { x: to.x + to.width / 2, y: to.y + (to.y > from.y ? 0 : to.height) };
    const dip = Math.max(start.y, end.y) + 40;
    const d = to.y === from.y
        ? `M${px(start.x)},${px(start.y)} C${px(start.x)},${px(dip)} ${px(end.x)},${px(dip)} ${px(end.x)},${px(end.y + 4)}`
        : `M${px(start.x)},${px(start.y)} L${px(end.x)},${px(end.y - 4)}`;
    const mid = to.y === from.y ? { x: (start.x + end.x) / 2, y: dip - 10 } : { x: (start.x + end.x) / 2, y: (start.y + end.y) / 2 };
    const label = fitText(via, 160, 10.5);
    const labelWidth = textWidth(label, 10.5) + 14;
    return element('g', { class: 'bridge' },
        element('title', {}, text(via)),
        element('path', { d, fill: 'none', stroke: PALETTE.accent, 'stroke-width': 1.8, 'stroke-dasharray': '5 3', 'marker-end': 'url(#arrow-bridge)' }),
        element('rect', { x: px(mid.x - labelWidth / 2), y: px(mid.y - 9), width: px(labelWidth), height: 18, rx: 9, fill: PALETTE.accentSoft, stroke: PALETTE.accent, 'stroke-width': 0.8 }),
        element('text', { x: px(mid.x), y: px(mid.y + 4), 'text-anchor': 'middle', 'font-size': 10.5, fill: PALETTE.ink }, text(label)));
}

function arrowMarker(id: string, colour: string): string {
    return element('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' },
        element('path', { d: 'M0,0 L10,5 L0,10 z', fill: colour }));
}
