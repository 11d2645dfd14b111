import type { GanttData, GanttTask } from '../model.js';
import { PALETTE, SVG_FONT } from './palette.js';
import { fitText, px, SMALLEST_FONT_SIZE } from './text.js';
import { element, text } from './xml.js';

const WIDTH = 720;
const LABEL_WIDTH = 236;
const TOP = 30;
const ROW = 28;
const BAR = 16;

const TERM_STYLE = {
    short: { fill: PALETTE.accent, soft: PALETTE.accentSoft },
    long: { fill: PALETTE.primary, soft: PALETTE.primarySoft },
    unset: { fill: PALETTE.neutral, soft: PALETTE.neutralSoft }
} as const;

/** Tasks as bars over the years of the plan; short-term and long-term in their own colours, `after` as arrows. */
export function ganttSvg(chart: GanttData, caption: string): string {
    const years = chart.endYear - chart.startYear + 1;
    const chartLeft = LABEL_WIDTH + 8;
    const yearWidth = (WIDTH - chartLeft - 8) / years;
    const xOf = (year: number) => chartLeft + (Math.min(Math.max(year, chart.startYear), chart.endYear + 1) - chart.startYear) * yearWidth;
    const rowY = (index: number) => TOP + index * ROW;
    const labelEvery = years <= 16 ? 1 : years <= 32 ? 2 : 5;
    const height = TOP + chart.tasks.length * ROW + 50;

    const grid: string[] = [];
    for (let year = chart.startYear; year <= chart.endYear; year++) {
        const x = xOf(year);
        const offset = year - chart.startYear;
        if (offset % 2 === 0) {
            grid.push(element('rect', { x: px(x), y: TOP - 4, width: px(yearWidth), height: px(chart.tasks.length * ROW + 4), fill: PALETTE.wash }));
        }
        if (offset % labelEvery === 0) {
            grid.push(element('text', { x: px(x + yearWidth / 2), y: TOP - 10, 'text-anchor': 'middle', 'font-size': 10, fill: PALETTE.muted }, text(String(year))));
        }
    }
    grid.push(element('line', { x1: px(chartLeft), y1: px(TOP + chart.tasks.length * ROW), x2: WIDTH - 8, y2: px(TOP + chart.tasks.length * ROW), stroke: PALETTE.rule }));
    if (chart.horizonEnd !== undefined && chart.horizonEnd >= chart.startYear && chart.horizonEnd < chart.endYear) {
        const x = xOf(chart.horizonEnd + 1);
        grid.push(horizonEndMark(chart.horizonEndLabel, x, TOP - 4, TOP + chart.tasks.length * ROW + 4, TOP + chart.tasks.length * ROW + 14));
    }

    const rowIndex = new Map(chart.tasks.map((task, index) => [task.key, index]));
    const rows = chart.tasks.map((task, index) => taskRow(task, rowY(index), xOf, chartLeft));
    const arrows: string[] = [];
    chart.tasks.forEach((task, index) => {
        if (task.start === undefined) {
            return;
        }
        for (const predecessorKey of task.after) {
            const predecessorIndex = rowIndex.get(predecessorKey);
            const predecessor = predecessorIndex === undefined ? undefined : chart.tasks[predecessorIndex];
            if (predecessorIndex === undefined || predecessor?.end === undefined) {
                continue;
            }
            const fromX = xOf(predecessor.end + 1);
            const fromY = rowY(predecessorIndex) + ROW / 2;
            const toX = xOf(task.start);
            const toY = rowY(index) + ROW / 2;
            // A task that starts before its predecessor ends gets its arrow routed between the rows.
            const d = toX - 8 >= fromX
                ? `M${px(fromX)},${px(fromY)} H${px(toX - 8)} V${px(toY)} H${px(toX)}`
                : `M${px(fromX)},${px(fromY)} H${px(fromX + 6)} V${px(toY - ROW / 2)} H${px(toX - 8)} V${px(toY)} H${px(toX)}`;
            arrows.push(element('path', {
                d,
                fill: 'none', stroke: PALETTE.ink, 'stroke-width': 1.2, 'marker-end': 'url(#gantt-arrow)', class: 'dependency'
            }));
        }
    });

    const legendY = height - 16;
    const legend = element('g', { class: 'legend', 'font-size': 10.5, fill: PALETTE.muted },
        ...(['short', 'long', 'unset'] as const).map((term, index) => element('g', {},
            element('rect', { x: LABEL_WIDTH + 8 + index * 110, y: legendY - 9, width: 22, height: 10, rx: 3, fill: TERM_STYLE[term].fill }),
            element('text', { x: LABEL_WIDTH + 36 + index * 110, y: legendY }, text(chart.legend[term])))),
        element('path', { d: `M${LABEL_WIDTH + 338},${legendY - 4} H${LABEL_WIDTH + 360}`, stroke: PALETTE.ink, 'stroke-width': 1.2, 'marker-end': 'url(#gantt-arrow)' }),
        element('text', { x: LABEL_WIDTH + 366, y: legendY }, text(chart.legend.arrow)));

    const defs = element('defs', {}, element('marker', { id: 'gantt-arrow', viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' },
        element('path', { d: 'M0,0 L10,5 L0,10 z', fill: PALETTE.ink })));
    return element('svg', {
        xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${WIDTH} ${height}`, role: 'img', 'font-family': SVG_FONT, class: 'figure gantt'
    }, element('title', {}, text(caption)), defs, ...grid, ...rows, ...arrows, legend);
}

function taskRow(task: GanttTask, y: number, xOf: (year: number) => number, chartLeft: number): string {
    const style = TERM_STYLE[task.term ?? 'unset'];
    const parts = [
        element('title', {}, text(task.label)),
        element('text', { x: 4, y: px(y + ROW / 2 + 4), 'font-size': 11.5, fill: PALETTE.ink }, text(fitText(task.label, LABEL_WIDTH - 8, 11.5)))
    ];
    if (task.start !== undefined && task.end !== undefined) {
        const x = xOf(task.start);
        const width = Math.max(4, xOf(task.end + 1) - x);
        parts.push(element('rect', { x: px(x + 1), y: px(y + (ROW - BAR) / 2), width: px(width - 2), height: BAR, rx: 4, fill: style.fill, class: `bar ${task.term ?? 'unset'}` }));
    } else {
        parts.push(element('text', { x: px(chartLeft + 6), y: px(y + ROW / 2 + 4), 'font-size': 10.5, 'font-style': 'italic', fill: PALETTE.accent }, text(task.problem ?? '')));
    }
    return element('g', { class: 'task' }, ...parts);
}

/** The end of the plan period across a chart of years: a dashed line from `top` to `bottom` at `x`, labelled at `labelY`. */
export function horizonEndMark(label: string, x: number, top: number, bottom: number, labelY: number): string {
    return element('g', { class: 'horizon-end' },
        element('line', { x1: px(x), y1: px(top), x2: px(x), y2: px(bottom), stroke: PALETTE.alert, 'stroke-width': 1.2, 'stroke-dasharray': '4 3' }),
        element('text', { x: px(x + 3), y: px(labelY), 'font-size': SMALLEST_FONT_SIZE, fill: PALETTE.alert }, text(label)));
}
