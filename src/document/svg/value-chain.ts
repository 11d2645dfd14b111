import type { ValueChainSegment } from '../model.js';
import { PALETTE, SVG_FONT } from './palette.js';
import { fitText, px, SMALLEST_FONT_SIZE } from './text.js';
import { element, text } from './xml.js';

const WIDTH = 720;
const HEIGHT = 108;
const TIP = 14;

const FILL = {
    positioned: { fill: PALETTE.primary, ink: PALETTE.paper, stroke: PALETTE.primary, dash: undefined },
    outsourced: { fill: PALETTE.accentSoft, ink: PALETTE.ink, stroke: PALETTE.accent, dash: '5 3' },
    none: { fill: PALETTE.neutralSoft, ink: PALETTE.muted, stroke: PALETTE.rule, dash: undefined }
} as const;

/** The value chain as a strip of chevrons: the region's segments filled, outsourced ones dashed. */
export function valueChainSvg(segments: readonly ValueChainSegment[], caption: string): string {
    const step = WIDTH / segments.length;
    const shapes = segments.map((segment, index) => {
        const style = FILL[segment.state];
        const x = index * step;
        const notch = index === 0 ? 0 : TIP;
        const points = [
            [x, 8], [x + step - 2, 8], [x + step - 2 + TIP, 38], [x + step - 2, 68], [x, 68], [x + notch, 38]
        ].map(([px_, py]) => `${px(px_)},${px(py)}`).join(' ');
        const centre = x + step / 2 + 4;
        return element('g', {},
            element('title', {}, text(`${segment.label}: ${segment.stateLabel}`)),
            element('polygon', { points, fill: style.fill, stroke: style.stroke, 'stroke-width': 1.5, 'stroke-dasharray': style.dash }),
            element('text', { x: px(centre), y: 43, 'text-anchor': 'middle', 'font-size': 13, 'font-weight': 700, fill: style.ink },
                text(fitText(segment.label, step - 20, 13))),
            element('text', { x: px(centre), y: 86, 'text-anchor': 'middle', 'font-size': 10.5, 'font-weight': 700, fill: segment.state === 'none' ? PALETTE.muted : style.stroke },
                text(fitText(segment.stateLabel, step - 6, 10.5))),
            ...(segment.via ? [element('text', { x: px(centre), y: 101, 'text-anchor': 'middle', 'font-size': SMALLEST_FONT_SIZE, fill: PALETTE.muted }, text(fitText(segment.via, step - 6, SMALLEST_FONT_SIZE)))] : []));
    });
    return element('svg', {
        xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${WIDTH + TIP} ${HEIGHT}`, role: 'img', 'font-family': SVG_FONT, class: 'figure value-chain'
    }, element('title', {}, text(caption)), ...shapes);
}
