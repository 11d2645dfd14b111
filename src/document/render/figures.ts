import type { Block, PlanDocumentModel } from '../model.js';
import { ganttSvg } from '../svg/gantt.js';
import { networkOverviewSvg } from '../svg/network-overview.js';
import { regionMatrixSvg } from '../svg/region-matrix.js';
import { networkMapSvg } from '../svg/network-map.js';
import { scheduleOverviewSvg } from '../svg/schedule-overview.js';
import { SMALLEST_FONT_SIZE } from '../svg/text.js';
import { valueChainSvg } from '../svg/value-chain.js';

/**
 * The SVG figures (value chain, network map, schedule) as PNG pictures for the word-processor
 * formats. Drawing is left to a rasteriser: resvg with the shipped fonts under Node
 * (resvg-rasterizer.ts; for `cplan`, in a process of its own, figure-process.ts), the browser's
 * own canvas in the playground.
 */

export type FigureBlock = Extract<Block, { readonly kind: 'valueChain' | 'networkMap' | 'gantt' | 'regionMatrix' }>;

/** What a figure prints and where and how large, known before it is drawn. */
export interface FigureLayout {
    readonly svg: string;
    /** The figure's caption, or its overview's. */
    readonly caption: string;
    readonly pixelWidth: number;
    readonly pixelHeight: number;
    /** The size it is printed at, in millimetres. */
    readonly width: number;
    readonly height: number;
}

export interface FigurePicture extends FigureLayout {
    readonly png: Uint8Array;
}

/** The room a figure may take on the page, in millimetres. */
export interface FigureFrame {
    readonly width: number;
    readonly height: number;
}

/** Draws an SVG on white as a PNG picture of exactly `pixelWidth` × `pixelHeight`. */
export type FigureRasterizer = (svg: string, pixelWidth: number, pixelHeight: number) => Promise<Uint8Array>;

/** Pixels per inch of the size printed: sharp lines and small labels on paper, pictures of tens of kilobytes. */
export const FIGURE_DPI = 200;
const MM_PER_INCH = 25.4;
/** The smallest printed text a reader can still read, in millimetres (about 6 pt). */
const SMALLEST_PRINTED_TEXT = 2;

export function figureSvg(figure: FigureBlock): string {
    switch (figure.kind) {
        case 'valueChain':
            return valueChainSvg(figure.segments, figure.caption);
        case 'networkMap':
            return networkMapSvg(figure.map, figure.caption);
        case 'gantt':
            return ganttSvg(figure.chart, figure.caption);
        case 'regionMatrix':
            return regionMatrixSvg(figure.matrix, figure.caption);
    }
}

export const isFigure = (block: Block): block is FigureBlock =>
    block.kind === 'valueChain' || block.kind === 'networkMap' || block.kind === 'gantt' || block.kind === 'regionMatrix';

/**
 * Every figure of the document laid out for print: as wide as the frame unless that would make
 * it taller than the frame, then scaled down to fit one page, to be drawn at FIGURE_DPI for
 * that size. A network map or schedule that would then print its text smaller than
 * SMALLEST_PRINTED_TEXT is printed as its overview instead, which fits a page legibly; the
 * tables beside it hold every member, link and task.
 */
export function layOutFigures(model: PlanDocumentModel, frame: FigureFrame): Map<FigureBlock, FigureLayout> {
    return new Map(model.chapters.flatMap(chapter => chapter.blocks).filter(isFigure).map(figure => {
        const whole = fitted(figureSvg(figure), frame);
        const overview = whole.millimetresPerUnit * SMALLEST_FONT_SIZE < SMALLEST_PRINTED_TEXT ? overviewOf(figure) : undefined;
        const printed = overview ? { ...fitted(overview.svg, frame), caption: overview.caption } : { ...whole, caption: figure.caption };
        const { svg, caption, width, height } = printed;
        return [figure, { svg, caption, pixelWidth: pixels(width), pixelHeight: pixels(height), width, height }];
    }));
}

/** The overview a figure has for print, when it has one. */
function overviewOf(figure: FigureBlock): { readonly svg: string; readonly caption: string } | undefined {
    switch (figure.kind) {
        case 'networkMap':
            return { svg: networkOverviewSvg(figure.map), caption: figure.map.overview.caption };
        case 'gantt':
            return { svg: scheduleOverviewSvg(figure.chart), caption: figure.chart.overview.caption };
        case 'valueChain':
        case 'regionMatrix':
            return undefined;
    }
}

/** The size an SVG prints at in the frame, in millimetres, and the millimetres one of its units takes. */
function fitted(svg: string, frame: FigureFrame) {
    const [viewWidth, viewHeight] = viewBoxSize(svg);
    const millimetresPerUnit = Math.min(frame.width / viewWidth, frame.height / viewHeight);
    return { svg, millimetresPerUnit, width: viewWidth * millimetresPerUnit, height: viewHeight * millimetresPerUnit };
}

const pixels = (millimetres: number) => Math.max(1, Math.round((millimetres / MM_PER_INCH) * FIGURE_DPI));

/** Draws the figures laid out, all asked for at once: a rasteriser in another process has them all before this one goes on. */
export async function drawFigures(layouts: ReadonlyMap<FigureBlock, FigureLayout>, rasterize: FigureRasterizer): Promise<Map<FigureBlock, FigurePicture>> {
    return new Map(await Promise.all([...layouts].map(async ([figure, layout]) =>
        [figure, { ...layout, png: await rasterize(layout.svg, layout.pixelWidth, layout.pixelHeight) }] as const)));
}

/** The width and height of the figure's viewBox, which every figure of svg/ sets. */
function viewBoxSize(svg: string): [number, number] {
    const match = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
    if (!match) {
        throw new Error('a figure without a viewBox');
    }
    return [Number(match[1]), Number(match[2])];
}
