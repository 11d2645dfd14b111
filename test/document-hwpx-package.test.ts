import { beforeAll, describe, expect, test, vi } from 'vitest';
import { resvgRasterizer } from '../src/document/render/resvg-rasterizer.js';
import type { PlanDocumentModel } from '../src/document/model.js';
import { renderHwpx } from '../src/document/render/hwpx.js';
import { fflateZipArchive } from '../src/document/render/hwpx/fflate-zip-archive.js';
import { nodeZipArchive } from '../src/document/render/hwpx/node-zip-archive.js';
import type { ZipArchive } from '../src/document/render/hwpx/zip-archive.js';
import { modelOf, parseXml } from './document-helpers.js';
import { example } from './helpers.js';
import { elementsNamed, firstEntry, partsOf, textPart } from './hwpx-helpers.js';

/** The parts every package has besides the pictures. */
const FIXED_PARTS = [
    'mimetype', 'version.xml', 'settings.xml', 'META-INF/container.xml', 'META-INF/container.rdf', 'META-INF/manifest.xml',
    'Contents/content.hpf', 'Contents/header.xml', 'Contents/section0.xml', 'Preview/PrvText.txt'
];
/** Parts of the package format itself, which the content manifest (Contents/content.hpf) does not list. */
const PACKAGE_FILES = /^(mimetype|version\.xml|META-INF\/.*|Contents\/content\.hpf)$/;

/** The two zip writers: Node's (`cplan`, the editor) and the browser's (the playground). */
const ARCHIVES: ReadonlyArray<[string, () => ZipArchive]> = [['zipped under Node', nodeZipArchive], ['zipped in a browser', fflateZipArchive]];

describe.each(ARCHIVES)('the HWPX package, %s', (_, archive) => {
    let model: PlanDocumentModel;
    let hwpx: Uint8Array;
    let parts: Map<string, Uint8Array>;

    beforeAll(async () => {
        model = await modelOf(example('busan-marine-bio.cplan'));
        hwpx = await renderHwpx(model, resvgRasterizer, archive());
        parts = partsOf(hwpx);
    });

    test('starts with the mimetype entry, stored uncompressed and bare (no extra field, no data descriptor), saying application/hwp+zip', () => {
        expect(firstEntry(hwpx)).toEqual({ method: 0, name: 'mimetype', content: 'application/hwp+zip', extraLength: 0, dataDescriptor: false });
        expect([...parts.keys()][0]).toBe('mimetype');
    });

    test('has every part of an OWPML package, and a PNG picture for each figure', () => {
        expect([...parts.keys()]).toEqual(expect.arrayContaining(FIXED_PARTS));
        const pictures = [...parts.keys()].filter(name => name.startsWith('BinData/'));
        expect(pictures).toEqual(['BinData/image1.png', 'BinData/image2.png', 'BinData/image3.png']);
        for (const picture of pictures) {
            expect(Buffer.from(parts.get(picture)!.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
        }
        expect([...parts.keys()].filter(name => !FIXED_PARTS.includes(name) && !pictures.includes(name))).toEqual([]);
    });

    test('gives each picture the size in pixels the section records for it, and its place on the page', () => {
        const section = textPart(parts, 'Contents/section0.xml');
        const images = elementsNamed(section, 'hp:pic');
        expect(images).toHaveLength(3);
        for (const picture of images) {
            const id = picture.getElementsByTagName('hc:img')[0].getAttribute('binaryItemIDRef');
            const png = parts.get(`BinData/${id}.png`)!;
            const header = new DataView(png.buffer, png.byteOffset, png.byteLength);
            // The PNG header's width and height; Hangul records pixels at 96 to the inch, 75 HWPUNIT each.
            const dimension = picture.getElementsByTagName('hp:imgDim')[0];
            expect([header.getUint32(16) * 75, header.getUint32(20) * 75], id!).toEqual([Number(dimension.getAttribute('dimwidth')), Number(dimension.getAttribute('dimheight'))]);
            const size = picture.getElementsByTagName('hp:sz')[0];
            const printed = Number(size.getAttribute('width')) / Number(size.getAttribute('height'));
            expect(Math.abs(header.getUint32(16) / header.getUint32(20) - printed) / printed, id!).toBeLessThan(0.01);
        }
    });

    test('keeps every XML part well-formed', () => {
        const xmlParts = [...parts.keys()].filter(name => /\.(xml|hpf|rdf)$/.test(name));
        expect(xmlParts.length).toBe(8);
        for (const name of xmlParts) {
            expect(() => parseXml(textPart(parts, name)), name).not.toThrow();
        }
    });

    test('names its root file and the media type of every part in its manifests, and lists every part', () => {
        const rootFiles = elementsNamed(textPart(parts, 'META-INF/container.xml'), 'ocf:rootfile');
        expect(rootFiles.map(file => [file.getAttribute('full-path'), file.getAttribute('media-type')])).toContainEqual(['Contents/content.hpf', 'application/hwpml-package+xml']);
        for (const file of rootFiles) {
            expect(parts.has(file.getAttribute('full-path')!)).toBe(true);
        }

        const content = textPart(parts, 'Contents/content.hpf');
        const items = elementsNamed(content, 'opf:item');
        const mediaTypes = new Map(items.map(item => [item.getAttribute('href')!, item.getAttribute('media-type')]));
        expect([...mediaTypes.keys()].sort()).toEqual([...parts.keys()].filter(name => !PACKAGE_FILES.test(name)).sort());
        for (const [href, mediaType] of mediaTypes) {
            expect(mediaType, href).toBe(href.endsWith('.png') ? 'image/png' : href.endsWith('.txt') ? 'text/plain' : 'application/xml');
        }
        const ids = new Map(items.map(item => [item.getAttribute('id'), item.getAttribute('href')]));
        const spine = elementsNamed(content, 'opf:itemref').map(reference => ids.get(reference.getAttribute('idref')));
        expect(spine).toEqual(['Contents/header.xml', 'Contents/section0.xml']);
    });

    test('refers from the section only to styles, shapes, borders and pictures that are defined', () => {
        const header = textPart(parts, 'Contents/header.xml');
        const section = textPart(parts, 'Contents/section0.xml');
        const defined = (element: string) => new Set(elementsNamed(header, element).map(node => node.getAttribute('id')));
        const used = (attribute: string) => new Set([...section.matchAll(new RegExp(` ${attribute}="([^"]*)"`, 'g'))].map(match => match[1]));
        for (const [attribute, element] of [['charPrIDRef', 'hh:charPr'], ['paraPrIDRef', 'hh:paraPr'], ['borderFillIDRef', 'hh:borderFill'], ['styleIDRef', 'hh:style']]) {
            const missing = [...used(attribute)].filter(id => !defined(element).has(id));
            expect(missing, attribute).toEqual([]);
        }
        // Each list in the header says how many items it holds.
        for (const list of elementsNamed(header, '*').filter(node => node.hasAttribute('itemCnt'))) {
            expect(Array.from(list.childNodes).filter(child => child.nodeType === 1)).toHaveLength(Number(list.getAttribute('itemCnt')));
        }
        const manifestIds = new Set(elementsNamed(textPart(parts, 'Contents/content.hpf'), 'opf:item').map(item => item.getAttribute('id')));
        for (const image of elementsNamed(section, 'hc:img')) {
            expect(manifestIds.has(image.getAttribute('binaryItemIDRef'))).toBe(true);
        }
        const paragraphIds = elementsNamed(section, 'hp:p').map(paragraph => paragraph.getAttribute('id'));
        expect(new Set(paragraphIds).size).toBe(paragraphIds.length);
    });

    test('sets up A4 pages with page numbers, and writes headings as outline paragraphs', () => {
        const section = textPart(parts, 'Contents/section0.xml');
        const page = elementsNamed(section, 'hp:pagePr')[0];
        expect([page.getAttribute('width'), page.getAttribute('height')]).toEqual(['59528', '84186']);
        expect(elementsNamed(section, 'hp:pageNum')).toHaveLength(1);
        const header = textPart(parts, 'Contents/header.xml');
        const outlineShapes = new Set(elementsNamed(header, 'hh:paraPr')
            .filter(shape => shape.getElementsByTagName('hh:heading')[0]?.getAttribute('type') === 'OUTLINE')
            .map(shape => shape.getAttribute('id')));
        const headings = elementsNamed(section, 'hp:p').filter(paragraph => outlineShapes.has(paragraph.getAttribute('paraPrIDRef')));
        const chapterHeadings = headings.filter(paragraph => /^\d\. /.test(paragraph.textContent ?? ''));
        expect(chapterHeadings.map(paragraph => paragraph.getAttribute('pageBreak'))).toEqual(Array(8).fill('1'));
        const styles = new Map(elementsNamed(header, 'hh:style').map(style => [style.getAttribute('id'), style.getAttribute('name')]));
        expect(new Set(chapterHeadings.map(paragraph => styles.get(paragraph.getAttribute('styleIDRef'))))).toEqual(new Set(['개요 1']));
    });

    test('is the same, byte for byte, each time the same plan is written, whatever the date: its entries are dated 1980-01-01', async () => {
        vi.useFakeTimers({ toFake: ['Date'] });
        try {
            vi.setSystemTime(new Date(2031, 5, 1, 12, 30));
            expect(Buffer.from(await renderHwpx(model, resvgRasterizer, archive())).equals(Buffer.from(hwpx))).toBe(true);
        } finally {
            vi.useRealTimers();
        }
    });
});

test('the browser\'s archive holds the parts of Node\'s, in the same order and byte for byte', async () => {
    const model = await modelOf(example('daegu-draft.cplan'));
    const [node, browser] = await Promise.all(ARCHIVES.map(async ([, archive]) => [...partsOf(await renderHwpx(model, resvgRasterizer, archive()))]));
    expect(browser.map(([name]) => name)).toEqual(node.map(([name]) => name));
    for (const [index, [name, bytes]] of browser.entries()) {
        expect(Buffer.from(bytes).equals(Buffer.from(node[index][1])), name).toBe(true);
    }
});
