import { beforeAll, describe, expect, test } from 'vitest';
import { resvgRasterizer } from '../src/document/render/resvg-rasterizer.js';
import { renderDocx } from '../src/document/render/docx.js';
import type { PlanDocumentModel } from '../src/document/model.js';
import { modelOf } from './document-helpers.js';
import { example } from './helpers.js';
import { elementsNamed, expectedText, partsOf, textPart } from './hwpx-helpers.js';

describe('the DOCX document', () => {
    let model: PlanDocumentModel;
    let parts: Map<string, Uint8Array>;

    beforeAll(async () => {
        model = await modelOf(example('busan-marine-bio.cplan'));
        parts = partsOf(await renderDocx(model, resvgRasterizer));
    });

    test('shows each figure as a PNG picture in word/media, referenced from the text, with its caption below', () => {
        const media = [...parts.keys()].filter(name => name.startsWith('word/media/'));
        expect(media).toHaveLength(expectedText(model).figures);
        for (const name of media) {
            expect(name).toMatch(/\.png$/);
            expect(Buffer.from(parts.get(name)!.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
        }
        const relationships = new Map(elementsNamed(textPart(parts, 'word/_rels/document.xml.rels'), 'Relationship')
            .map(relationship => [relationship.getAttribute('Id'), relationship]));
        const document = textPart(parts, 'word/document.xml');
        const shown = elementsNamed(document, 'a:blip').map(blip => relationships.get(blip.getAttribute('r:embed')));
        expect(shown.map(relationship => relationship?.getAttribute('Type'))).toEqual(media.map(() => 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image'));
        expect(shown.map(relationship => `word/${relationship?.getAttribute('Target')}`).sort()).toEqual([...media].sort());
        expect(elementsNamed(textPart(parts, '[Content_Types].xml'), 'Default').find(type => type.getAttribute('Extension') === 'png')?.getAttribute('ContentType')).toBe('image/png');

        // Each picture's paragraph is followed by its caption, in the Caption style.
        const paragraphs = elementsNamed(document, 'w:p');
        const captions = paragraphs.filter(paragraph => paragraph.getElementsByTagName('a:blip').length > 0)
            .map(paragraph => paragraphs[paragraphs.indexOf(paragraph) + 1]);
        expect(captions.map(caption => caption.getElementsByTagName('w:pStyle')[0]?.getAttribute('w:val'))).toEqual(media.map(() => 'Caption'));
        const figureCaptions = model.chapters.flatMap(chapter => chapter.blocks)
            .flatMap(block => block.kind === 'valueChain' || block.kind === 'networkMap' || block.kind === 'gantt' ? [block.caption] : []);
        expect(captions.map(caption => caption.textContent)).toEqual(figureCaptions);
        expect(elementsNamed(document, 'wp:docPr').map(properties => properties.getAttribute('descr'))).toEqual(figureCaptions);
    });

    test('has a table-of-contents field over headings 1-3, with an entry per chapter, that Word updates on opening', () => {
        const document = textPart(parts, 'word/document.xml');
        const instructions = elementsNamed(document, 'w:instrText').map(node => node.textContent ?? '');
        expect(instructions.some(instruction => /^\s*TOC\b/.test(instruction) && instruction.includes('\\o "1-3"') && instruction.includes('\\h'))).toBe(true);
        const entries = elementsNamed(document, 'w:p').filter(paragraph => /^TOC\d$/.test(paragraph.getElementsByTagName('w:pStyle')[0]?.getAttribute('w:val') ?? ''))
            .map(paragraph => Array.from(paragraph.getElementsByTagName('w:t')).map(node => node.textContent).join(''));
        for (const title of expectedText(model).chapterTitles) {
            expect(entries.some(entry => entry.startsWith(title)), title).toBe(true);
        }
        expect(elementsNamed(textPart(parts, 'word/settings.xml'), 'w:updateFields')).toHaveLength(1);
    });
});
