import type { GanttData } from '../model.js';
import { PALETTE, SVG_FONT } from './palette.js';
import { horizonEndMark } from './gantt.js';
import { fitText, px } from './text.js';
import { NOTE_SIZE, noteLines } from './note.js';
import { element, text } from './xml.js';

const WIDTH = 720;
const MARGIN = 12;
const AXIS_WIDTH = 34;
const TOP = 24;
const CHART_HEIGHT = 190;

/** The terms stacked from the bottom, in the schedule's colours. */
const STACK = [
    { term: 'short', fill: PALETTE.accent },
    { term: 'long', fill: PALETTE.primary },
    { term: 'unset', fill: PALETTE.neutral }
] as const;

/**
 * The schedule of a plan with more tasks than can be read on one printed page: for each year,
 * the tasks under way that year, stacked by term, with the end of the plan period marked.
 * Each task's own period is in the task list before the figure.
 */
export function scheduleOverviewSvg(chart: GanttData): string {
    const years = chart.endYear - chart.startYear + 1;
    const chartLeft = MARGIN + AXIS_WIDTH;
    const yearWidth = (WIDTH - chartLeft - MARGIN) / years;
    const baseline = TOP + CHART_HEIGHT;
    const counts = Array.from({ length: years }, (_, offset) => {
        const year = chart.startYear + offset;
        const running = chart.tasks.filter(task => task.start !== undefined && task.end !== undefined && task.start <= year && year <= task.end);
        return STACK.map(({ term }) => running.filter(task => (task.term ?? 'unset') === term).length);
    });
    const most = Math.max(1, ...counts.map(stack => stack.reduce((sum, count) => sum + count, 0)));
    const step = niceStep(most);
    const top = Math.ceil(most / step) * step;
    const heightOf = (count: number) => (count / top) * CHART_HEIGHT;
    const labelEvery = years <= 16 ? 1 : years <= 32 ? 2 : 5;

    const grid: string[] = [];
    for (let value = 0; value <= top; value += step) {
        const y = baseline - heightOf(value);
        grid.push(
            element('line', { x1: chartLeft, y1: px(y), x2: WIDTH - MARGIN, y2: px(y), stroke: value === 0 ? PALETTE.muted : PALETTE.rule }),
            element('text', { x: chartLeft - 6, y: px(y + 3.5), 'text-anchor': 'end', 'font-size': 10, fill: PALETTE.muted }, text(String(value))));
    }

    const bars = counts.map((stack, offset) => {
        const x = chartLeft + offset * yearWidth + yearWidth * 0.15;
        const width = yearWidth * 0.7;
        let y = baseline;
        const parts = stack.flatMap((count, index) => {
            if (count === 0) {
                return [];
            }
            y -= heightOf(count);
            return [element('rect', { x: px(x), y: px(y), width: px(width), height: px(heightOf(count)), fill: STACK[index].fill, class: `bar ${STACK[index].term}` })];
        });
        const total = stack.reduce((sum, count) => sum + count, 0);
        const year = chart.startYear + offset;
        return element('g', { class: 'year' },
            element('title', {}, text(`${year}: ${total}`)),
            ...parts,
            ...(total > 0 ? [element('text', { x: px(x + width / 2), y: px(y - 4), 'text-anchor': 'middle', 'font-size': 10, fill: PALETTE.ink }, text(String(total)))] : []),
            ...(offset % labelEvery === 0 ? [element('text', { x: px(x + width / 2), y: px(baseline + 14), 'text-anchor': 'middle', 'font-size': 10, fill: PALETTE.muted }, text(String(year)))] : []));
    });

    const marks: string[] = [];
    if (chart.horizonEnd !== undefined && chart.horizonEnd >= chart.startYear && chart.horizonEnd < chart.endYear) {
        const x = chartLeft + (chart.horizonEnd + 1 - chart.startYear) * yearWidth;
        marks.push(horizonEndMark(chart.horizonEndLabel, x, TOP - 8, baseline, TOP - 10));
    }

    const legendY = baseline + 36;
    const legend = element('g', { class: 'legend', 'font-size': NOTE_SIZE, fill: PALETTE.muted },
        ...STACK.map(({ term, fill }, index) => element('g', {},
            element('rect', { x: chartLeft + index * 130, y: legendY - 9, width: 22, height: 10, rx: 3, fill }),
            element('text', { x: chartLeft + 28 + index * 130, y: legendY }, text(fitText(chart.legend[term], 98, NOTE_SIZE))))));
    const note = noteLines(chart.overview.note, MARGIN, legendY, WIDTH - 2 * MARGIN);

    return element('svg', {
        xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${WIDTH} ${px(note.bottom + MARGIN)}`, role: 'img', 'font-family': SVG_FONT, class: 'figure schedule-overview'
    }, element('title', {}, text(chart.overview.caption)), ...grid, ...bars, ...marks, legend, ...note.lines);
}

/** A step for the count axis that gives two to five lines: 1, 2 or 5 times a power of ten. */
function niceStep(most: number): number {
    for (let power = 1; ; power *= 10) {
        for (const factor of [1, 2, 5]) {
            if (most / (factor * power) <= 5) {
                return factor * power;
            }
        }
    }
}
