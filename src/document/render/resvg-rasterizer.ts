import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { FigureRasterizer } from './figures.js';
import { withoutLayoutTables } from './font-tables.js';

/**
 * Draws the figures under Node with resvg compiled to WebAssembly and the Pretendard font,
 * which both ship with Cluster Plan: the pictures look the same on every machine and need no
 * system font. Pretendard has Hangul, Latin and common symbols but no Hanja; a figure with
 * Hanja in it also gets the first CJK font of SYSTEM_CJK_FONTS the machine has, for the Hanja
 * alone (without one, Hanja show as empty boxes in the figure, and as text everywhere else).
 */

/**
 * The font family of the pictures. The figures name the fonts a browser should look for
 * (SVG_FONT); here the root's list is replaced by this family, so that a CJK font loaded for
 * Hanja draws only what Pretendard lacks, and bold labels stay bold.
 */
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
        return { fonts: [withoutLayoutTables(regular), withoutLayoutTables(bold)] };
    })();
    return renderer;
}

/** Draws a figure with resvg, loading the renderer on first use. */
export const resvgRasterizer: FigureRasterizer = async (svg, pixelWidth, pixelHeight) => {
    const { fonts } = await loadFigureRenderer();
    const hanjaFont = HANJA.test(svg) ? await findSystemCjkFont() : undefined;
    // The figures have a viewBox and no size; given one in pixels, resvg draws exactly that many.
    // Their root element comes first, and with it the first font list.
    const sized = svg
        .replace(/^<svg /, `<svg width="${pixelWidth}" height="${pixelHeight}" `)
        .replace(/ font-family="[^"]*"/, ` font-family="${FIGURE_FONT_FAMILY}"`);
    const resvg = new Resvg(sized, {
        fitTo: { mode: 'original' },
        background: '#ffffff',
        font: { fontBuffers: hanjaFont ? [...fonts, hanjaFont] : fonts, defaultFontFamily: FIGURE_FONT_FAMILY, sansSerifFamily: FIGURE_FONT_FAMILY }
    });
    try {
        const image = resvg.render();
        try {
            return image.asPng();
        } finally {
            image.free();
        }
    } finally {
        resvg.free();
    }
};
