import { escapeXml, xmlSafe } from '../escape.js';
import { HWPX_MEDIA_TYPE } from '../formats.js';
import type { PlanDocumentModel } from '../model.js';
import { drawFigures, layOutFigures, type FigureBlock, type FigureRasterizer } from './figures.js';
import { sectionContent, type StoredPicture } from './hwpx/section.js';
import { FIGURE_FRAME } from './hwpx/styles.js';
import { sectionAround, TEMPLATE } from './hwpx/template.js';
import type { ZipArchive } from './hwpx/zip-archive.js';

/** Characters of the document text kept in Preview/PrvText.txt, which file browsers show. */
const PREVIEW_LENGTH = 1024;

/**
 * The plan document as a Hangul (HWPX, OWPML) file: an A4 document with the same cover,
 * contents, chapters, tables and figures as the other formats. The fixed parts come from
 * hwpx/template/, the text from hwpx/section.ts, the figures are PNG pictures in BinData/.
 * The text is added to the archive before the figures are waited for: under Node (the archive
 * left out) it is deflated on zlib's own threads while they are drawn.
 */
export async function renderHwpx(model: PlanDocumentModel, rasterize: FigureRasterizer, archive?: ZipArchive): Promise<Uint8Array> {
    const layouts = layOutFigures(model, FIGURE_FRAME);
    // The text is written while the figures are drawn: their sizes are known before.
    const drawing = drawFigures(layouts, rasterize);
    const pictures = new Map<FigureBlock, StoredPicture>([...layouts].map(([figure, layout], index) => [figure, { id: `image${index + 1}`, layout }]));
    const section = sectionContent(model, pictures);
    const images = [...pictures.values()];

    // Loaded here, not at the top: a browser has no Node zlib, and brings an archive of its own.
    const zip = archive ?? (await import('./hwpx/node-zip-archive.js')).nodeZipArchive();
    const utf8 = new TextEncoder();
    const add = (name: string, content: string | Uint8Array, compress = true) =>
        zip.add(name, typeof content === 'string' ? utf8.encode(content) : content, compress);
    // The order matters: `mimetype` first and stored, as the format requires.
    add('mimetype', HWPX_MEDIA_TYPE, false);
    add('version.xml', TEMPLATE.version);
    add('Contents/header.xml', TEMPLATE.header);
    add('Contents/section0.xml', sectionAround(section.paragraphs));
    // PNG is compressed already.
    const drawn = await drawing;
    for (const [figure, stored] of pictures) {
        add(`BinData/${stored.id}.png`, drawn.get(figure)!.png, false);
    }
    add('settings.xml', TEMPLATE.settings);
    add('Preview/PrvText.txt', preview(section.text));
    add('META-INF/container.xml', TEMPLATE.container);
    add('META-INF/container.rdf', TEMPLATE.containerRdf);
    add('META-INF/manifest.xml', TEMPLATE.manifest);
    add('Contents/content.hpf', contentManifest(model, images));
    return zip.end();
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
