import { HwpxReader } from '@ssabrojs/hwpxjs';
import { beforeAll, describe, expect, test } from 'vitest';
import { resvgRasterizer } from '../src/document/render/resvg-rasterizer.js';
import type { PlanDocumentModel } from '../src/document/model.js';
import { renderHwpx } from '../src/document/render/hwpx.js';
import { fflateZipArchive } from '../src/document/render/hwpx/fflate-zip-archive.js';
import { modelOf } from './document-helpers.js';
import { example } from './helpers.js';
import { elementsNamed, expectedText, partsOf, renderWithRhwp, squeezed, textPart } from './hwpx-helpers.js';

/**
 * The HWPX documents of the examples as two independent readers see them: @rhwp/core lays
 * out and draws every page, @ssabrojs/hwpxjs extracts the text and lists the pictures. The
 * playground zips its packages with fflate instead of yazl; the readers open those too.
 */
describe.each([
    ['busan-marine-bio', 'under Node', undefined],
    ['daegu-draft', 'under Node', undefined],
    ['daegu-draft', 'in a browser', fflateZipArchive]
])('the HWPX document of %s, zipped %s', (name, _, archive) => {
    let model: PlanDocumentModel;
    let hwpx: Uint8Array;
    let expected: ReturnType<typeof expectedText>;

    beforeAll(async () => {
        model = await modelOf(example(`${name}.cplan`));
        hwpx = await renderHwpx(model, resvgRasterizer, archive?.());
        expected = expectedText(model);
    });

    test('@rhwp/core draws every chapter title, rule id, task title and every text and table cell of the plan, and the pictures', async () => {
        const rendered = await renderWithRhwp(hwpx);
        // The cover, the contents and a page at least for each chapter.
        expect(rendered.pageCount).toBeGreaterThanOrEqual(2 + model.chapters.length);
        // The only remark: the line layout, which the file leaves to the program that opens it.
        expect(rendered.warningKinds.filter(kind => !/lineseg/i.test(kind))).toEqual([]);
        const drawn = expected.pageFlow(rendered.text);
        for (const text of [...expected.chapterTitles, ...expected.ruleIds, ...expected.taskTitles, ...expected.paragraphs, ...expected.tableCells]) {
            expect(drawn, text).toContain(squeezed(text));
        }
        expect(expected.ruleIds.length).toBeGreaterThan(40);
        expect(expected.taskTitles.length).toBeGreaterThan(0);
        expect(drawn).toMatch(/[\uAC00-\uD7A3]{20}/);

        // Each picture drawn is one of the package's BinData images, and each image is drawn.
        const parts = partsOf(hwpx);
        const stored = [...parts].filter(([part]) => part.startsWith('BinData/')).map(([, bytes]) => Buffer.from(bytes).toString('base64'));
        const drawnImages = rendered.images.map(href => href.replace(/^data:image\/png;base64,/, ''));
        expect(stored).toHaveLength(expected.figures);
        expect(drawnImages.sort()).toEqual([...stored].sort());
    });

    test('@ssabrojs/hwpxjs reads the title, every chapter title and every paragraph, and lists the pictures the section shows', async () => {
        const reader = new HwpxReader();
        await reader.loadFromArrayBuffer(hwpx.slice().buffer);
        expect((await reader.getDocumentInfo()).metadata?.title).toBe(model.title);
        // hwpxjs 0.2 reads the paragraphs of a section but not the text inside tables;
        // table cells are checked through @rhwp/core above.
        const text = squeezed(await reader.extractText());
        for (const line of [...expected.chapterTitles, ...expected.paragraphs]) {
            expect(text, line).toContain(squeezed(line));
        }
        const images = await reader.listImages();
        expect(images).toHaveLength(expected.figures);
        const html = await reader.extractHtml();
        expect(html.match(/<img /g)).toHaveLength(expected.figures);

        const section = textPart(partsOf(hwpx), 'Contents/section0.xml');
        const referenced = elementsNamed(section, 'hc:img').map(image => `BinData/${image.getAttribute('binaryItemIDRef')}.png`);
        expect(referenced.sort()).toEqual([...images].sort());
    });
});
