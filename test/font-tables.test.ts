import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { withoutLayoutTables } from '../src/document/render/font-tables.js';
import { resvgRasterizer } from '../src/document/render/resvg-rasterizer.js';

const require = createRequire(import.meta.url);
const PRETENDARD = readFileSync(require.resolve('pretendard/dist/public/static/Pretendard-Regular.otf'));

/** The tags of a font's table directory, in order. */
function tableTags(font: Uint8Array): string[] {
    const count = new DataView(font.buffer, font.byteOffset, font.byteLength).getUint16(4);
    return Array.from({ length: count }, (_, index) => Buffer.from(font.subarray(12 + index * 16, 16 + index * 16)).toString('latin1'));
}

const label = (text: string) => '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 24">'
    + `<text x="4" y="17" font-size="14" font-family="sans-serif">${text}</text></svg>`;

describe('the figure fonts without their layout tables', () => {
    test('hide exactly GSUB, GPOS and GDEF, and keep every other byte of the font', () => {
        const hidden = withoutLayoutTables(PRETENDARD);
        expect(tableTags(PRETENDARD)).toEqual(expect.arrayContaining(['GSUB', 'GPOS', 'GDEF']));
        expect(tableTags(hidden)).toEqual(tableTags(PRETENDARD).map(tag => ['GSUB', 'GPOS', 'GDEF'].includes(tag) ? `${tag.slice(0, 3)}${tag[3].toLowerCase()}` : tag));
        // Readers look tables up by halving the directory: it stays in the order of its tags.
        expect(tableTags(hidden)).toEqual([...tableTags(hidden)].sort());
        const changed = [...hidden].flatMap((byte, index) => byte === PRETENDARD[index] ? [] : [index]);
        expect(changed).toHaveLength(3);
    });

    test('still draw bold labels in bold', async () => {
        const weighted = (weight: number) => label(`<tspan font-weight="${weight}">바이오 클러스터 Bold</tspan>`);
        const [regular, bold] = await Promise.all([resvgRasterizer(weighted(400), 240, 48), resvgRasterizer(weighted(700), 240, 48)]);
        expect(Buffer.from(bold).equals(Buffer.from(regular))).toBe(false);
    });

    test('still draw Hangul labels, and the same when they come as separate jamo', async () => {
        const composed = '바이오 클러스터 R&amp;D';
        const drawn = await resvgRasterizer(label(composed), 240, 48);
        expect(Buffer.from(drawn).equals(Buffer.from(await resvgRasterizer(label(''), 240, 48)))).toBe(false);
        const decomposed = composed.normalize('NFD');
        expect(decomposed).not.toBe(composed);
        expect(Buffer.from(await resvgRasterizer(label(decomposed), 240, 48)).equals(Buffer.from(drawn))).toBe(true);
    });
});

describe.skipIf(!existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'))('a figure with Hanja', () => {
    // The figures name the fonts a browser should look for, a CJK font among them.
    const figure = (weight: number, hanja: string) => '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 48" font-family="\'Noto Sans CJK KR\',sans-serif">'
        + `<text x="4" y="17" font-size="14" font-weight="${weight}">바이오 클러스터 Bold</text>`
        + `<text x="4" y="40" font-size="14">${hanja} 연구소장</text></svg>`;

    test('draws the labels without Hanja in Pretendard, bold ones in bold, and the Hanja from the system\'s CJK font', async () => {
        const [regular, bold] = await Promise.all([resvgRasterizer(figure(400, '前'), 320, 96), resvgRasterizer(figure(700, '前'), 320, 96)]);
        expect(Buffer.from(bold).equals(Buffer.from(regular))).toBe(false);
        // A character no font has is drawn as an empty box; the Hanja is not.
        const missing = await resvgRasterizer(figure(400, '\u{F0000}'), 320, 96);
        expect(Buffer.from(missing).equals(Buffer.from(regular))).toBe(false);
    });
});
