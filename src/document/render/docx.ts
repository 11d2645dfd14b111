import {
    AlignmentType, BorderStyle, Document, HeadingLevel, Packer, PageBreak, Paragraph, ShadingType, Table, TableCell, TableRow,
    TextRun, WidthType, type ParagraphChild
} from 'docx';
import { xmlSafe } from '../escape.js';
import type { Block, Chapter, PlanDocumentModel, ScorecardBlock, TableBlock } from '../model.js';
import { PALETTE } from '../svg/palette.js';
import { ganttRows, networkLines } from './figure-text.js';

const FONT = { ascii: 'Malgun Gothic', eastAsia: 'Malgun Gothic', hAnsi: 'Malgun Gothic', cs: 'Malgun Gothic' };
const colour = (hex: string) => hex.replace('#', '');

/** The plan document as a Word file (A4): the same chapters, headings and tables as the HTML. */
export async function renderDocx(model: PlanDocumentModel): Promise<Uint8Array> {
    const children: Array<Paragraph | Table> = [
        new Paragraph({ children: [run(model.subtitle, { bold: true, color: colour(PALETTE.accent) })], spacing: { before: 2400, after: 200 } }),
        new Paragraph({ heading: HeadingLevel.TITLE, children: [run(model.title)] }),
        ...model.cover.map(entry => new Paragraph({ children: [run(`${entry.label}: `, { color: colour(PALETTE.muted) }), run(entry.value, { bold: true })] })),
        new Paragraph({ children: [run(model.basedOn, { italics: true, color: colour(PALETTE.muted) })], spacing: { before: 400 } }),
        new Paragraph({ children: [new PageBreak()] }),
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(model.contentsTitle)] }),
        ...model.chapters.map(chapter => new Paragraph({ children: [run(`${chapter.number}. ${chapter.title}`)], spacing: { after: 80 } }))
    ];
    for (const chapter of model.chapters) {
        children.push(...chapterContent(chapter));
    }
    const document = new Document({
        creator: 'cplan',
        title: xmlSafe(model.title),
        styles: {
            default: {
                document: { run: { font: FONT, size: 21 } },
                title: { run: { font: FONT, size: 48, bold: true, color: colour(PALETTE.primary) }, paragraph: { spacing: { after: 240 } } },
                heading1: { run: { font: FONT, size: 34, bold: true, color: colour(PALETTE.primary) }, paragraph: { spacing: { after: 200 } } },
                heading2: { run: { font: FONT, size: 25, bold: true, color: colour(PALETTE.primary) }, paragraph: { spacing: { before: 240, after: 100 } } }
            }
        },
        sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1020, bottom: 1134, left: 964, right: 964 } } }, children }]
    });
    return new Uint8Array(await Packer.toArrayBuffer(document));
}

function chapterContent(chapter: Chapter): Array<Paragraph | Table> {
    const out: Array<Paragraph | Table> = [
        new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [run(`${chapter.number}. ${chapter.title}`)] })
    ];
    for (const item of chapter.blocks) {
        out.push(...block(item));
    }
    return out;
}

function block(item: Block): Array<Paragraph | Table> {
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
            return [table({ kind: 'table', columns: [...item.columns], rows: item.segments.map(segment => [segment.label, segment.via ? `${segment.stateLabel} (${segment.via})` : segment.stateLabel]) })];
        case 'networkMap':
            return [
                ...networkLines(item.map).map(line => new Paragraph({
                    bullet: { level: 0 },
                    children: [
                        run(line.title, { bold: true }), run(` (${line.detail})`),
                        ...line.members.flatMap((member, index): ParagraphChild[] => [run(index === 0 ? ': ' : ', '), run(member.label, { bold: member.host })])
                    ]
                }))
            ];
        case 'gantt':
            return [table({ kind: 'table', columns: [item.chart.columns.task, item.chart.columns.term, `${item.chart.startYear}–${item.chart.endYear}`], rows: ganttRows(item.chart) })];
        case 'scorecard':
            return scorecard(item);
    }
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
