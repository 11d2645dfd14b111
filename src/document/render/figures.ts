import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { Block, PlanDocumentModel } from '../model.js';
import { ganttSvg } from '../svg/gantt.js';
import { regionMatrixSvg } from '../svg/region-matrix.js';
import { networkMapSvg } from '../svg/network-map.js';
import { valueChainSvg } from '../svg/value-chain.js';

/**
 * The SVG figures (value chain, network map, schedule) as PNG pictures for the word-processor
 * formats, drawn by resvg compiled to WebAssembly with the Pretendard font, which both ship
 * with Cluster Plan: the pictures look the same on every machine and need no system font.
 * Pretendard has Hangul, Latin and common symbols but no Hanja; a figure with Hanja in it
 * also gets the first CJK font of SYSTEM_CJK_FONTS the machine has (without one, Hanja show
 * as empty boxes in the figure, and as text everywhere else).
 */

export type FigureBlock = Extract<Block, { readonly kind: 'valueChain' | 'networkMap' | 'gantt' | 'regionMatrix' }>;

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

/** Fonts with Hanja, where Windows, macOS and Linux distributions install them. */
const SYSTEM_CJK_FONTS = [
    '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
    '/usr/share/fonts/truetype/nanum/NanumGothic.ttf',
    path.join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts', 'malgun.ttf'),
    path.join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts', 'batang.ttc'),
    '/System/Library/Fonts/AppleSDGothicNeo.ttc',
    '/System/Library/Fonts/Supplemental/AppleMyungjo.ttf'
];
const HANJA = /[\u2E80-\u2FDF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]|[\u{20000}-\u{2FA1F}]/u;

let systemCjkFont: Promise<Uint8Array | undefined> | undefined;

/** The first of SYSTEM_CJK_FONTS that can be read, once per process. */
function findSystemCjkFont(): Promise<Uint8Array | undefined> {
    systemCjkFont ??= (async () => {
        for (const file of SYSTEM_CJK_FONTS) {
            const font = await readFile(file).catch(() => undefined);
            if (font) {
                return font;
            }
        }
        return undefined;
    })();
    return systemCjkFont;
}

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
        case 'regionMatrix':
            return regionMatrixSvg(figure.matrix, figure.caption);
    }
}

export const isFigure = (block: Block): block is FigureBlock =>
    block.kind === 'valueChain' || block.kind === 'networkMap' || block.kind === 'gantt' || block.kind === 'regionMatrix';

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
        const svg = figureSvg(figure);
        const hanjaFont = HANJA.test(svg) ? await findSystemCjkFont() : undefined;
        pictures.set(figure, drawFigure(svg, frame, hanjaFont ? [...fonts, hanjaFont] : fonts));
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
