import { strToU8, zipSync, type Zippable } from 'fflate';
import { escapeXml, xmlSafe } from '../escape.js';
import type { PlanDocumentModel } from '../model.js';
import { drawFigures, layOutFigures, type FigureBlock, type FigureRasterizer } from './figures.js';
import { sectionContent, type StoredPicture } from './hwpx/section.js';
import { FIGURE_FRAME } from './hwpx/styles.js';
import { sectionAround, TEMPLATE } from './hwpx/template.js';

export const HWPX_MEDIA_TYPE = 'application/hwp+zip';

/** Entries are dated 1980-01-01, the earliest a zip can say, so that a plan always gives the same bytes. */
const FIXED_TIME = new Date(1980, 0, 1);

/** Characters of the document text kept in Preview/PrvText.txt, which file browsers show. */
const PREVIEW_LENGTH = 1024;

/**
 * The plan document as a Hangul (HWPX, OWPML) file: an A4 document with the same cover,
 * contents, chapters, tables and figures as the other formats. The fixed parts come from
 * hwpx/template/, the text from hwpx/section.ts, the figures are PNG pictures in BinData/.
 */
export async function renderHwpx(model: PlanDocumentModel, rasterize: FigureRasterizer): Promise<Uint8Array> {
    const layouts = layOutFigures(model, FIGURE_FRAME);
    // The text is written while the figures are drawn: their sizes are known before.
    const drawing = drawFigures(layouts, rasterize);
    const pictures = new Map<FigureBlock, StoredPicture>([...layouts].map(([figure, layout], index) => [figure, { id: `image${index + 1}`, layout }]));
    const section = sectionContent(model, pictures);
    const sectionXml = strToU8(sectionAround(section.paragraphs));
    const images = [...pictures.values()];
    // Drawn in the order laid out, which is the order of `images`.
    const pngs = [...(await drawing).values()].map(picture => picture.png);

    const stored = { level: 0 } as const;
    // The order matters: `mimetype` first and stored, as the format requires.
    const files: Zippable = {
        mimetype: [strToU8(HWPX_MEDIA_TYPE), stored],
        'version.xml': strToU8(TEMPLATE.version),
        'Contents/header.xml': strToU8(TEMPLATE.header),
        'Contents/section0.xml': sectionXml,
        ...Object.fromEntries(images.map((image, index) => [`BinData/${image.id}.png`, [pngs[index], stored]])),
        'settings.xml': strToU8(TEMPLATE.settings),
        'Preview/PrvText.txt': strToU8(preview(section.text)),
        'META-INF/container.xml': strToU8(TEMPLATE.container),
        'META-INF/container.rdf': strToU8(TEMPLATE.containerRdf),
        'META-INF/manifest.xml': strToU8(TEMPLATE.manifest),
        'Contents/content.hpf': strToU8(contentManifest(model, images))
    };
    return zipSync(files, { mtime: FIXED_TIME });
}

/** The start of the document's text; cut between characters, never inside one. */
const preview = (lines: readonly string[]) => [...xmlSafe(lines.join('\r\n'))].slice(0, PREVIEW_LENGTH).join('');

/** Contents/content.hpf: the document's title and language, every part of the package, and the reading order. */
function contentManifest(model: PlanDocumentModel, images: readonly StoredPicture[]): string {
    const item = (id: string, href: string, mediaType: string, embedded = false) =>
        `<opf:item id="${id}" href="${href}" media-type="${mediaType}"${embedded ? ' isEmbeded="1"' : ''}/>`;
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + '<opf:package xmlns:opf="http://www.idpf.org/2007/opf/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:hpf="http://www.hancom.co.kr/schema/2011/hpf" version="" unique-identifier="" id="">'
        + `<opf:metadata><opf:title>${escapeXml(model.title)}</opf:title><opf:language>${model.locale}</opf:language>`
        + '<opf:meta name="creator" content="text">Cluster Plan</opf:meta></opf:metadata>'
        + '<opf:manifest>'
        + item('header', 'Contents/header.xml', 'application/xml')
        + item('section0', 'Contents/section0.xml', 'application/xml')
        + item('settings', 'settings.xml', 'application/xml')
        + images.map(image => item(image.id, `BinData/${image.id}.png`, 'image/png', true)).join('')
        + item('prvtext', 'Preview/PrvText.txt', 'text/plain')
        + '</opf:manifest>'
        + '<opf:spine><opf:itemref idref="header" linear="yes"/><opf:itemref idref="section0" linear="yes"/></opf:spine>'
        + '</opf:package>';
}
