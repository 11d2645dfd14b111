import {
    AlignmentType, BorderStyle, Document, HeadingLevel, ImageRun, Packer, PageBreak, Paragraph, ShadingType, Table, TableCell,
    TableOfContents, TableRow, TextRun, WidthType
} from 'docx';
import { xmlSafe } from '../escape.js';
import type { Block, Chapter, PlanDocumentModel, ScorecardBlock, TableBlock } from '../model.js';
import { PALETTE } from '../svg/palette.js';
import { drawFigures, layOutFigures, type FigureBlock, type FigurePicture, type FigureRasterizer } from './figures.js';

const FONT = { ascii: 'Malgun Gothic', eastAsia: 'Malgun Gothic', hAnsi: 'Malgun Gothic', cs: 'Malgun Gothic' };
const colour = (hex: string) => hex.replace('#', '');

/** The page: A4 (twips), with the margins the text width below follows from. */
const PAGE = { size: { width: 11906, height: 16838 }, margin: { top: 1020, bottom: 1134, left: 964, right: 964 } } as const;
const TWIPS_PER_MM = 1440 / 25.4;
/** Room for a figure: the text width, and most of the page height below a heading. */
const FIGURE_FRAME = { width: (PAGE.size.width - PAGE.margin.left - PAGE.margin.right) / TWIPS_PER_MM, height: 210 } as const;
/** Word sizes pictures in pixels at 96 to the inch. */
const PIXELS_PER_MM = 96 / 25.4;

type Pictures = ReadonlyMap<FigureBlock, FigurePicture>;

/**
 * The plan document as a Word file (A4): the same chapters, headings, tables and figures as the
 * HTML, the figures as PNG pictures with captions, and a table of contents Word fills in.
 */
export async function renderDocx(model: PlanDocumentModel, rasterize: FigureRasterizer): Promise<Uint8Array> {
    const pictures = await drawFigures(layOutFigures(model, FIGURE_FRAME), rasterize);
    const children: Array<Paragraph | Table | TableOfContents> = [
        new Paragraph({ children: [run(model.subtitle, { bold: true, color: colour(PALETTE.accent) })], spacing: { before: 2400, after: 200 } }),
        new Paragraph({ heading: HeadingLevel.TITLE, children: [run(model.title)] }),
        ...model.cover.map(entry => new Paragraph({ children: [run(`${entry.label}: `, { color: colour(PALETTE.muted) }), run(entry.value, { bold: true })] })),
        new Paragraph({ children: [run(model.basedOn, { italics: true, color: colour(PALETTE.muted) })], spacing: { before: 400 } }),
        new Paragraph({ children: [new PageBreak()] }),
        new Paragraph({ style: 'TOCHeading', children: [run(model.contentsTitle)] }),
        // A TOC field over the headings, written with its entries (so it is not empty before
        // Word updates it) and marked for Word to update, with page numbers, when it opens.
        new TableOfContents(xmlSafe(model.contentsTitle), { hyperlink: true, headingStyleRange: '1-3' })
    ];
    for (const chapter of model.chapters) {
        children.push(...chapterContent(chapter, pictures));
    }
    const document = new Document({
        creator: 'cplan',
        title: xmlSafe(model.title),
        features: { updateFields: true },
        styles: {
            default: {
                document: { run: { font: FONT, size: 21 } },
                title: { run: { font: FONT, size: 48, bold: true, color: colour(PALETTE.primary) }, paragraph: { spacing: { after: 240 } } },
                heading1: { run: { font: FONT, size: 34, bold: true, color: colour(PALETTE.primary) }, paragraph: { spacing: { after: 200 } } },
                heading2: { run: { font: FONT, size: 25, bold: true, color: colour(PALETTE.primary) }, paragraph: { spacing: { before: 240, after: 100 } } }
            },
            paragraphStyles: [
                { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: 34, bold: true, color: colour(PALETTE.primary) }, paragraph: { spacing: { after: 200 } } },
                { id: 'Caption', name: 'caption', basedOn: 'Normal', next: 'Normal', run: { font: FONT, size: 18, color: colour(PALETTE.muted) }, paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 60, after: 240 } } }
            ]
        },
        sections: [{ properties: { page: PAGE }, children }]
    });
    return new Uint8Array(await Packer.toArrayBuffer(document));
}

function chapterContent(chapter: Chapter, pictures: Pictures): Array<Paragraph | Table> {
    const out: Array<Paragraph | Table> = [
        new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [run(`${chapter.number}. ${chapter.title}`)] })
    ];
    for (const item of chapter.blocks) {
        out.push(...block(item, pictures));
    }
    return out;
}

function block(item: Block, pictures: Pictures): Array<Paragraph | Table> {
    switch (item.kind) {
        case 'heading':
            return [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(item.text)] })];
        case 'paragraph':
            return [new Paragraph({ children: [run(item.text, { bold: item.lead })], spacing: { after: 120 } })];
        case 'note':
            return [new Paragraph({ children: [run(item.text, { italics: true, color: colour(PALETTE.muted), size: 18 })] })];
        case 'list':
            return item.items.map(text => new Paragraph({ bullet: { level: 0 }, children: [run(text)] }));
        case 'keyValues':
            return item.rows.map(row => new Paragraph({ children: [run(`${row.label}: `, { bold: true }), run(row.value)] }));
        case 'table':
            return [table(item)];
        case 'valueChain':
        case 'networkMap':
        case 'gantt':
        case 'regionMatrix':
            return figure(item, pictures);
        case 'scorecard':
            return scorecard(item);
    }
}

/** The figure's picture on a line of its own, kept with its caption below it. */
function figure(item: FigureBlock, pictures: Pictures): Paragraph[] {
    const picture = pictures.get(item);
    if (!picture) {
        throw new Error(`no picture for the ${item.kind} figure`);
    }
    const caption = xmlSafe(picture.caption);
    return [
        new Paragraph({
            alignment: AlignmentType.CENTER,
            keepNext: true,
            spacing: { before: 120 },
            children: [new ImageRun({
                type: 'png',
                data: picture.png,
                transformation: { width: Math.round(picture.width * PIXELS_PER_MM), height: Math.round(picture.height * PIXELS_PER_MM) },
                altText: { name: caption, title: caption, description: caption }
            })]
        }),
        new Paragraph({ style: 'Caption', children: [run(picture.caption)] })
    ];
}

function table(item: TableBlock): Table {
    const numeric = new Set(item.numericColumns ?? []);
    const header = new TableRow({ tableHeader: true, children: item.columns.map((column, index) => cell(column, { header: true, right: numeric.has(index) })) });
    const rows = item.rows.map(cells => new TableRow({ children: cells.map((text, index) => cell(text, { right: numeric.has(index) })) }));
    if (item.totalRow) {
        rows.push(new TableRow({ children: item.totalRow.map((text, index) => cell(text, { bold: true, right: numeric.has(index), fill: PALETTE.primarySoft })) }));
    }
    return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

function scorecard(item: ScorecardBlock): Array<Paragraph | Table> {
    const out: Array<Paragraph | Table> = [
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(item.summaryTitle)] }),
        table({ kind: 'table', columns: [item.columns.category, item.columns.score], rows: item.categories.map(category => [category.title, category.scoreText]) }),
        new Paragraph({ children: [run(item.scoreRule, { italics: true, size: 18, color: colour(PALETTE.muted) })] })
    ];
    for (const category of item.categories) {
        out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [run(`${category.title} — ${category.scoreText}`)] }));
        out.push(table({
            kind: 'table',
            columns: [item.columns.rule, item.columns.principle, item.columns.result, item.columns.detail],
            rows: category.rows.map(row => [row.ruleId, row.principle, row.statusLabel, row.details.join('\n')])
        }));
    }
    return out;
}

function cell(text: string, style: { header?: boolean; bold?: boolean; right?: boolean; fill?: string }): TableCell {
    const lines = text.split('\n');
    return new TableCell({
        shading: style.header ? { type: ShadingType.CLEAR, fill: colour(PALETTE.primary), color: 'auto' } : style.fill ? { type: ShadingType.CLEAR, fill: colour(style.fill), color: 'auto' } : undefined,
        borders: { bottom: { style: BorderStyle.SINGLE, size: 4, color: colour(PALETTE.rule) }, top: { style: BorderStyle.NONE, size: 0, color: 'auto' }, left: { style: BorderStyle.NONE, size: 0, color: 'auto' }, right: { style: BorderStyle.NONE, size: 0, color: 'auto' } },
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        children: lines.map(line => new Paragraph({
            alignment: style.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
            children: [run(line, { bold: style.header || style.bold, color: style.header ? 'FFFFFF' : undefined, size: 18 })]
        }))
    });
}

/** Every text reaches the file through here: the library escapes markup, this drops what XML cannot hold. */
function run(text: string, style: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {}): TextRun {
    return new TextRun({ text: xmlSafe(text), ...style });
}
