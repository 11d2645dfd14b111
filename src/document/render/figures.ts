import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { Block, PlanDocumentModel } from '../model.js';
import { ganttSvg } from '../svg/gantt.js';
import { networkMapSvg } from '../svg/network-map.js';
import { valueChainSvg } from '../svg/value-chain.js';

/**
 * The SVG figures (value chain, network map, schedule) as PNG pictures for the word-processor
 * formats, drawn by resvg compiled to WebAssembly with the Pretendard font, which both ship
 * with Cluster Plan: the pictures look the same on every machine and need no system font.
 */

export type FigureBlock = Extract<Block, { readonly kind: 'valueChain' | 'networkMap' | 'gantt' }>;

export interface FigurePicture {
    readonly png: Uint8Array;
    readonly pixelWidth: number;
    readonly pixelHeight: number;
    /** The size it is printed at, in millimetres. */
    readonly width: number;
    readonly height: number;
}

/** The room a figure may take on the page, in millimetres. */
export interface FigureFrame {
    readonly width: number;
    readonly height: number;
}

/** Pixels per inch of the size printed: sharp lines and small labels on paper, pictures of tens of kilobytes. */
export const FIGURE_DPI = 200;
const MM_PER_INCH = 25.4;

/** The font family of the pictures; SVG_FONT's families are not loaded, so its `sans-serif` resolves to this one. */
const FIGURE_FONT_FAMILY = 'Pretendard';

/**
 * The renderer's files. The build copies them beside the bundle into out/figures/; running
 * from the sources (tests), they are read from their packages.
 */
const ASSETS = {
    wasm: { bundled: 'resvg.wasm', packaged: '@resvg/resvg-wasm/index_bg.wasm' },
    regular: { bundled: 'Pretendard-Regular.otf', packaged: 'pretendard/dist/public/static/Pretendard-Regular.otf' },
    bold: { bundled: 'Pretendard-Bold.otf', packaged: 'pretendard/dist/public/static/Pretendard-Bold.otf' }
} as const;

async function readAsset(asset: { readonly bundled: string; readonly packaged: string }): Promise<Uint8Array> {
    try {
        return await readFile(path.join(__dirname, 'figures', asset.bundled));
    } catch {
        return readFile(require.resolve(asset.packaged));
    }
}

interface Renderer {
    readonly fonts: Uint8Array[];
}

let renderer: Promise<Renderer> | undefined;

/**
 * Loads the renderer once per process: reading and compiling the WebAssembly and reading the
 * fonts. Starting it early lets the compilation run while the plan is being checked.
 */
export function loadFigureRenderer(): Promise<Renderer> {
    renderer ??= (async () => {
        const [wasm, regular, bold] = await Promise.all([readAsset(ASSETS.wasm), readAsset(ASSETS.regular), readAsset(ASSETS.bold)]);
        await initWasm(wasm);
        return { fonts: [regular, bold] };
    })();
    return renderer;
}

export function figureSvg(figure: FigureBlock): string {
    switch (figure.kind) {
        case 'valueChain':
            return valueChainSvg(figure.segments, figure.caption);
        case 'networkMap':
            return networkMapSvg(figure.map, figure.caption);
        case 'gantt':
            return ganttSvg(figure.chart, figure.caption);
    }
}

export const isFigure = (block: Block): block is FigureBlock => block.kind === 'valueChain' || block.kind === 'networkMap' || block.kind === 'gantt';

/**
 * Every figure of the document as a picture, as wide as the frame unless that would make it
 * taller than the frame (a schedule of many tasks is then scaled down to fit one page), drawn
 * at FIGURE_DPI for that size on white.
 */
export async function figurePictures(model: PlanDocumentModel, frame: FigureFrame): Promise<Map<FigureBlock, FigurePicture>> {
    const figures = model.chapters.flatMap(chapter => chapter.blocks).filter(isFigure);
    const pictures = new Map<FigureBlock, FigurePicture>();
    if (figures.length === 0) {
        return pictures;
    }
    const { fonts } = await loadFigureRenderer();
    for (const figure of figures) {
        pictures.set(figure, drawFigure(figureSvg(figure), frame, fonts));
    }
    return pictures;
}

function drawFigure(svg: string, frame: FigureFrame, fonts: Uint8Array[]): FigurePicture {
    const [viewWidth, viewHeight] = viewBoxSize(svg);
    const millimetresPerUnit = Math.min(frame.width / viewWidth, frame.height / viewHeight);
    const width = viewWidth * millimetresPerUnit;
    const height = viewHeight * millimetresPerUnit;
    const resvg = new Resvg(svg, {
        fitTo: { mode: 'width', value: Math.round((width / MM_PER_INCH) * FIGURE_DPI) },
        background: '#ffffff',
        font: { fontBuffers: fonts, defaultFontFamily: FIGURE_FONT_FAMILY, sansSerifFamily: FIGURE_FONT_FAMILY }
    });
    try {
        const image = resvg.render();
        try {
            return { png: image.asPng(), pixelWidth: image.width, pixelHeight: image.height, width, height };
        } finally {
            image.free();
        }
    } finally {
        resvg.free();
    }
}

/** The width and height of the figure's viewBox, which every figure of svg/ sets. */
function viewBoxSize(svg: string): [number, number] {
    const match = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
    if (!match) {
        throw new Error('a figure without a viewBox');
    }
    return [Number(match[1]), Number(match[2])];
}
