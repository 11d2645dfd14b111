import type { RegionMatrixData } from '../model.js';
import { PALETTE, SVG_FONT } from './palette.js';
import { fitText, px } from './text.js';
import { element, text } from './xml.js';

const LABEL_WIDTH = 150;
const CELL_WIDTH = 95;
const ROW_HEIGHT = 26;
const HEADER_HEIGHT = 34;
const LEGEND_HEIGHT = 34;
const GAP = 3;

const STYLE = {
    positioned: { fill: PALETTE.primary, stroke: PALETTE.primary, dash: undefined, ink: PALETTE.paper, mark: '●' },
    outsourced: { fill: PALETTE.accentSoft, stroke: PALETTE.accent, dash: '4 3', ink: PALETTE.accent, mark: '→' },
    none: { fill: PALETTE.neutralSoft, stroke: PALETTE.rule, dash: undefined, ink: PALETTE.muted, mark: '' }
} as const;

/**
 * The regions of a portfolio against the value chain: a grid with one row per region, filled
 * where the region positions itself, dashed where it outsources, and a last row counting the
 * regions positioned in each segment, so that crowded segments stand out.
 */
export function regionMatrixSvg(matrix: RegionMatrixData, caption: string): string {
    const columns = matrix.segments.length;
    const width = LABEL_WIDTH + columns * CELL_WIDTH;
    const gridTop = HEADER_HEIGHT;
    const countTop = gridTop + matrix.rows.length * ROW_HEIGHT + 4;
    const legendTop = countTop + ROW_HEIGHT + 8;
    const height = legendTop + LEGEND_HEIGHT;
    const cellX = (column: number) => LABEL_WIDTH + column * CELL_WIDTH;

    const header = matrix.segments.map((segment, column) => element('text', {
        x: px(cellX(column) + CELL_WIDTH / 2), y: HEADER_HEIGHT - 12, 'text-anchor': 'middle', 'font-size': 12, 'font-weight': 700, fill: PALETTE.primary
    }, text(fitText(segment, CELL_WIDTH - 8, 12))));

    const rows = matrix.rows.map((row, index) => {
        const y = gridTop + index * ROW_HEIGHT;
        const cells = row.cells.map((state, column) => {
            const style = STYLE[state];
            return element('g', {},
                element('title', {}, text(`${row.region} · ${matrix.segments[column]}: ${matrix.legend[state]}`)),
                element('rect', {
                    x: px(cellX(column) + GAP), y: px(y + GAP), width: px(CELL_WIDTH - 2 * GAP), height: px(ROW_HEIGHT - 2 * GAP), rx: 3,
                    fill: style.fill, stroke: style.stroke, 'stroke-width': 1.2, 'stroke-dasharray': style.dash
                }),
                ...(style.mark ? [element('text', { x: px(cellX(column) + CELL_WIDTH / 2), y: px(y + ROW_HEIGHT / 2 + 4.5), 'text-anchor': 'middle', 'font-size': 12, fill: style.ink }, text(style.mark))] : []));
        });
        return element('g', {},
            element('text', { x: 4, y: px(y + ROW_HEIGHT / 2 + 4.5), 'font-size': 12.5, fill: PALETTE.ink }, text(fitText(row.region, LABEL_WIDTH - 10, 12.5))),
            ...cells);
    });

    const counts = matrix.segments.map((_, column) => matrix.rows.filter(row => row.cells[column] === 'positioned').length);
    const most = Math.max(1, ...counts);
    const countRow = [
        element('text', { x: 4, y: px(countTop + ROW_HEIGHT / 2 + 4.5), 'font-size': 12, 'font-weight': 700, fill: PALETTE.muted }, text(matrix.legend.count)),
        ...counts.map((count, column) => element('text', {
            x: px(cellX(column) + CELL_WIDTH / 2), y: px(countTop + ROW_HEIGHT / 2 + 4.5), 'text-anchor': 'middle', 'font-size': 13, 'font-weight': 700,
            fill: count === most && count > 1 ? PALETTE.accent : PALETTE.ink
        }, text(String(count))))
    ];

    const legend = (['positioned', 'outsourced', 'none'] as const).map((state, index) => {
        const x = 4 + index * 160;
        const style = STYLE[state];
        return element('g', {},
            element('rect', { x, y: legendTop + 6, width: 22, height: 16, rx: 3, fill: style.fill, stroke: style.stroke, 'stroke-dasharray': style.dash }),
            element('text', { x: x + 30, y: legendTop + 19, 'font-size': 11.5, fill: PALETTE.ink }, text(fitText(matrix.legend[state], 122, 11.5))));
    });

    return element('svg', {
        xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${width} ${height}`, role: 'img', 'font-family': SVG_FONT, class: 'figure region-matrix'
    }, element('title', {}, text(caption)), ...header, ...rows,
    element('line', { x1: 0, x2: width, y1: countTop - 2, y2: countTop - 2, stroke: PALETTE.rule, 'stroke-width': 1 }),
    ...countRow, ...legend);
}
