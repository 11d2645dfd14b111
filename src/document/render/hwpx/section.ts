import { escapeXml } from '../../escape.js';
import type { Block, Chapter, KeyValue, PlanDocumentModel, ScorecardBlock, TableBlock } from '../../model.js';
import type { FigureBlock, FigureLayout } from '../figures.js';
import { textWidth } from '../../svg/text.js';
import { BORDER_FILL, CHAR, HWPUNIT_PER_MM, PARA, STYLE, TEXT_WIDTH } from './styles.js';

/** A picture of a figure as it is stored in the package: BinData/<id>.png, drawn as laid out. */
export interface StoredPicture {
    readonly id: string;
    readonly layout: FigureLayout;
}

export interface SectionContent {
    /** The paragraphs of Contents/section0.xml after its first, which sets up the pages. */
    readonly paragraphs: string;
    /** The document's text, a line per paragraph or table row, for Preview/PrvText.txt. */
    readonly text: readonly string[];
}

const CELL_MARGIN = { left: 510, right: 510, top: 141, bottom: 141 } as const;
/** One line of table text (9 pt at 130 %), in HWPUNIT. */
const CELL_LINE = 1170;

/**
 * Writes the document as OWPML paragraphs: the cover, the contents, then each chapter from a
 * new page. Every string of the plan goes through `escapeXml` into an `hp:t` element, so
 * plan text can add no element or attribute.
 */
export function sectionContent(model: PlanDocumentModel, pictures: ReadonlyMap<FigureBlock, StoredPicture>): SectionContent {
    const writer = new SectionWriter(pictures);
    writer.cover(model);
    writer.contents(model);
    for (const chapter of model.chapters) {
        writer.chapter(chapter);
    }
    return { paragraphs: writer.paragraphs.join(''), text: writer.text };
}

type Run = readonly [text: string, char: number];

class SectionWriter {
    readonly paragraphs: string[] = [];
    readonly text: string[] = [];
    /** The first paragraph of the template has id 0. */
    private nextParagraph = 1;
    private nextObject = 1;

    constructor(private readonly pictures: ReadonlyMap<FigureBlock, StoredPicture>) {}

    cover(model: PlanDocumentModel): void {
        this.paragraph(PARA.coverKind, [[model.subtitle, CHAR.coverKind]]);
        this.paragraph(PARA.coverTitle, [[model.title, CHAR.coverTitle]]);
        this.keyValues(model.cover);
        this.paragraph(PARA.basedOn, [[model.basedOn, CHAR.note]]);
    }

    contents(model: PlanDocumentModel): void {
        this.paragraph(PARA.contentsTitle, [[model.contentsTitle, CHAR.heading1]], { pageBreak: true });
        for (const chapter of model.chapters) {
            this.paragraph(PARA.contentsEntry, [[chapterTitle(chapter), CHAR.contentsEntry]]);
        }
    }

    chapter(chapter: Chapter): void {
        this.paragraph(PARA.heading1, [[chapterTitle(chapter), CHAR.heading1]], { pageBreak: true, style: STYLE.outline1 });
        for (const item of chapter.blocks) {
            this.block(item);
        }
    }

    private block(item: Block): void {
        switch (item.kind) {
            case 'heading':
                return this.heading2(item.text);
            case 'paragraph':
                return this.paragraph(item.lead ? PARA.lead : PARA.body, [[item.text, item.lead ? CHAR.lead : CHAR.body]], { style: STYLE.body });
            case 'note':
                return this.paragraph(PARA.note, [[item.text, CHAR.note]]);
            case 'list':
                for (const text of item.items) {
                    this.paragraph(PARA.listItem, [['•\u00A0', CHAR.body], [text, CHAR.body]]);
                }
                return;
            case 'keyValues':
                return this.keyValues(item.rows);
            case 'table':
                return this.table(item);
            case 'valueChain':
            case 'networkMap':
            case 'gantt':
            case 'regionMatrix':
                return this.figure(item);
            case 'scorecard':
                return this.scorecard(item);
        }
    }

    private heading2(text: string): void {
        this.paragraph(PARA.heading2, [[text, CHAR.heading2]], { style: STYLE.outline2 });
    }

    private keyValues(rows: readonly KeyValue[]): void {
        for (const row of rows) {
            this.paragraph(PARA.keyValue, [[`${row.label}: `, CHAR.label], [row.value, CHAR.value]]);
        }
    }

    private scorecard(item: ScorecardBlock): void {
        this.heading2(item.summaryTitle);
        this.table({ kind: 'table', columns: [item.columns.category, item.columns.score], rows: item.categories.map(category => [category.title, category.scoreText]) });
        this.paragraph(PARA.note, [[item.scoreRule, CHAR.note]]);
        for (const category of item.categories) {
            this.heading2(`${category.title} — ${category.scoreText}`);
            this.table({
                kind: 'table',
                columns: [item.columns.rule, item.columns.principle, item.columns.result, item.columns.detail],
                rows: category.rows.map(row => [row.ruleId, row.principle, row.statusLabel, row.details.join('\n')]),
                compactColumns: [0, 2]
            }, [0]);
        }
    }

    /** A picture of the figure on a line of its own, and its caption below. */
    private figure(item: FigureBlock): void {
        const stored = this.pictures.get(item);
        if (!stored) {
            throw new Error(`no picture for the ${item.kind} figure`);
        }
        const picture = stored.layout;
        const width = Math.round(picture.width * HWPUNIT_PER_MM);
        const height = Math.round(picture.height * HWPUNIT_PER_MM);
        // Pixels at 96 to the inch, as Hangul records an image's own size.
        const dimWidth = picture.pixelWidth * 75;
        const dimHeight = picture.pixelHeight * 75;
        const id = this.nextObject++;
        const matrix = (name: string) => `<hc:${name} e1="1" e2="0" e3="0" e4="0" e5="1" e6="0"/>`;
        const pic = `<hp:pic id="${id}" zOrder="${id}" numberingType="PICTURE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" href="" groupLevel="0" instid="${id}" reverse="0">`
            + `<hp:offset x="0" y="0"/><hp:orgSz width="${width}" height="${height}"/><hp:curSz width="${width}" height="${height}"/>`
            + `<hp:flip horizontal="0" vertical="0"/><hp:rotationInfo angle="0" centerX="${Math.round(width / 2)}" centerY="${Math.round(height / 2)}" rotateimage="1"/>`
            + `<hp:renderingInfo>${matrix('transMatrix')}${matrix('scaMatrix')}${matrix('rotMatrix')}</hp:renderingInfo>`
            + `<hc:img binaryItemIDRef="${stored.id}" bright="0" contrast="0" effect="REAL_PIC" alpha="0"/>`
            + `<hp:imgRect><hc:pt0 x="0" y="0"/><hc:pt1 x="${width}" y="0"/><hc:pt2 x="${width}" y="${height}"/><hc:pt3 x="0" y="${height}"/></hp:imgRect>`
            + `<hp:imgClip left="0" right="${dimWidth}" top="0" bottom="${dimHeight}"/><hp:inMargin left="0" right="0" top="0" bottom="0"/>`
            + `<hp:imgDim dimwidth="${dimWidth}" dimheight="${dimHeight}"/><hp:effects/>`
            + `<hp:sz width="${width}" widthRelTo="ABSOLUTE" height="${height}" heightRelTo="ABSOLUTE" protect="0"/>`
            + `<hp:pos treatAsChar="1" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>`
            + `<hp:outMargin left="0" right="0" top="0" bottom="0"/>`
            + `<hp:shapeComment>${escapeXml(picture.caption)}</hp:shapeComment></hp:pic>`;
        this.paragraphs.push(this.openParagraph(PARA.figure, STYLE.normal, false) + `<hp:run charPrIDRef="${CHAR.body}">${pic}<hp:t/></hp:run></hp:p>`);
        this.paragraph(PARA.caption, [[picture.caption, CHAR.caption]], { style: STYLE.caption });
    }

    /**
     * A table across the text width, its header row repeated on every page it runs over.
     * `boldColumns` are set in bold (the rule ids of the scorecard).
     */
    private table(item: TableBlock, boldColumns: readonly number[] = []): void {
        const numeric = new Set(item.numericColumns ?? []);
        const bold = new Set(boldColumns);
        const widths = columnWidths(item);
        const rows: Array<{ cells: readonly string[]; kind: 'header' | 'body' | 'total' }> = [
            { cells: item.columns, kind: 'header' },
            ...item.rows.map(cells => ({ cells, kind: 'body' as const })),
            ...(item.totalRow ? [{ cells: item.totalRow, kind: 'total' as const }] : [])
        ];
        let tableHeight = 0;
        const rowXml = rows.map((row, rowIndex) => {
            const height = rowHeight(row.cells);
            tableHeight += height;
            this.text.push(row.cells.join('\t'));
            const cells = row.cells.map((text, column) => {
                const char = row.kind === 'header' ? CHAR.headerCell : row.kind === 'total' || bold.has(column) ? CHAR.boldCell : CHAR.cell;
                const borderFill = row.kind === 'header' ? BORDER_FILL.headerCell : row.kind === 'total' ? BORDER_FILL.totalCell : BORDER_FILL.cell;
                const para = numeric.has(column) && row.kind !== 'header' ? PARA.numberCell : PARA.cell;
                const lines = text.split('\n').map(line => this.openParagraph(para, STYLE.normal, false) + runXml(line, char) + '</hp:p>').join('');
                return `<hp:tc name="" header="${row.kind === 'header' ? 1 : 0}" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="${borderFill}">`
                    + `<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="CENTER" linkListIDRef="0" linkListNextIDRef="0" textWidth="0" textHeight="0" hasTextRef="0" hasNumRef="0">${lines}</hp:subList>`
                    + `<hp:cellAddr colAddr="${column}" rowAddr="${rowIndex}"/><hp:cellSpan colSpan="1" rowSpan="1"/>`
                    + `<hp:cellSz width="${widths[column]}" height="${height}"/>`
                    + `<hp:cellMargin left="${CELL_MARGIN.left}" right="${CELL_MARGIN.right}" top="${CELL_MARGIN.top}" bottom="${CELL_MARGIN.bottom}"/></hp:tc>`;
            }).join('');
            return `<hp:tr>${cells}</hp:tr>`;
        }).join('');
        const id = this.nextObject++;
        const table = `<hp:tbl id="${id}" zOrder="${id}" numberingType="TABLE" textWrap="TOP_AND_BOTTOM" textFlow="BOTH_SIDES" lock="0" dropcapstyle="None" pageBreak="CELL" repeatHeader="1" rowCnt="${rows.length}" colCnt="${widths.length}" cellSpacing="0" borderFillIDRef="${BORDER_FILL.none}" noAdjust="0">`
            + `<hp:sz width="${TEXT_WIDTH}" widthRelTo="ABSOLUTE" height="${tableHeight}" heightRelTo="ABSOLUTE" protect="0"/>`
            + `<hp:pos treatAsChar="0" affectLSpacing="0" flowWithText="1" allowOverlap="0" holdAnchorAndSO="0" vertRelTo="PARA" horzRelTo="COLUMN" vertAlign="TOP" horzAlign="LEFT" vertOffset="0" horzOffset="0"/>`
            + `<hp:outMargin left="0" right="0" top="0" bottom="0"/>`
            + `<hp:inMargin left="${CELL_MARGIN.left}" right="${CELL_MARGIN.right}" top="${CELL_MARGIN.top}" bottom="${CELL_MARGIN.bottom}"/>`
            + `${rowXml}</hp:tbl>`;
        this.paragraphs.push(this.openParagraph(PARA.table, STYLE.normal, false) + `<hp:run charPrIDRef="${CHAR.body}">${table}<hp:t/></hp:run></hp:p>`);
    }

    private paragraph(para: number, runs: readonly Run[], options: { pageBreak?: boolean; style?: number } = {}): void {
        this.text.push(runs.map(([text]) => text).join(''));
        this.paragraphs.push(this.openParagraph(para, options.style ?? STYLE.normal, options.pageBreak ?? false) + runs.map(([text, char]) => runXml(text, char)).join('') + '</hp:p>');
    }

    private openParagraph(para: number, style: number, pageBreak: boolean): string {
        return `<hp:p id="${this.nextParagraph++}" paraPrIDRef="${para}" styleIDRef="${style}" pageBreak="${pageBreak ? 1 : 0}" columnBreak="0" merged="0">`;
    }
}

const chapterTitle = (chapter: Chapter) => `${chapter.number}. ${chapter.title}`;

/** A run of plain text: markup escaped, line breaks as `hp:lineBreak`, tabs as spaces. */
function runXml(text: string, char: number): string {
    const content = text.split(/\r\n|\r|\n/).map(line => escapeXml(line.replace(/\t/g, ' '))).join('<hp:lineBreak/>');
    return `<hp:run charPrIDRef="${char}">${content === '' ? '<hp:t/>' : `<hp:t>${content}</hp:t>`}</hp:run>`;
}

/** Width of table text in HWPUNIT (9 pt), by the same rule the SVG figures size their labels. */
const cellTextWidth = (text: string) => textWidth(text, 900);

/**
 * Column widths across the text width. Short columns (ids, years, terms) and amounts get the
 * room their longest entry needs, so that they do not wrap (with a little to spare for bold
 * type); the other columns get room for their heading, and share the rest by the length of
 * their text, within bounds.
 */
function columnWidths(item: TableBlock): number[] {
    const unwrapped = new Set([...(item.compactColumns ?? []), ...(item.numericColumns ?? [])]);
    const need = (texts: ReadonlyArray<string | undefined>) =>
        Math.max(...texts.flatMap(text => (text ?? '').split('\n')).map(cellTextWidth)) * 1.1 + CELL_MARGIN.left + CELL_MARGIN.right;
    const allRows = [item.columns, ...item.rows, ...(item.totalRow ? [item.totalRow] : [])];
    const columns = item.columns.map((_, column) => column);
    const needs = columns.map(column => need(allRows.map(row => row[column])));
    const fixed = columns.filter(column => unwrapped.has(column));
    const flexible = columns.filter(column => !unwrapped.has(column));
    const fixedNeed = fixed.reduce((sum, column) => sum + needs[column], 0);
    // Unwrapped columns take at most 60 % of the width when other columns share the row.
    const fixedScale = flexible.length === 0 ? TEXT_WIDTH / fixedNeed : Math.min(1, (TEXT_WIDTH * 0.6) / fixedNeed);
    const room = TEXT_WIDTH - (fixed.length === 0 ? 0 : fixedNeed * fixedScale);
    const floors = flexible.map(column => Math.min(need([item.columns[column]]), TEXT_WIDTH / 5));
    const floorTotal = floors.reduce((sum, floor) => sum + floor, 0);
    const floorScale = Math.min(1, room / floorTotal);
    const extras = flexible.map((column, index) => Math.max(0, Math.min(needs[column], TEXT_WIDTH / 2) - floors[index]));
    const extraTotal = extras.reduce((sum, extra) => sum + extra, 0);
    const spare = Math.max(0, room - floorTotal * floorScale);
    const widths = columns.map(column => {
        if (unwrapped.has(column)) {
            return Math.floor(needs[column] * fixedScale);
        }
        const index = flexible.indexOf(column);
        return Math.floor(floors[index] * floorScale + (extraTotal === 0 ? spare / flexible.length : (spare * extras[index]) / extraTotal));
    });
    widths[widths.length - 1] += TEXT_WIDTH - widths.reduce((sum, width) => sum + width, 0);
    return widths;
}

/**
 * A row's height as stored: one line per line break in its tallest cell. A cell's height is
 * the least it takes; readers make a row taller as its text wraps, and an estimate of the
 * wrapping that came out high would leave rows taller than their text.
 */
function rowHeight(cells: readonly string[]): number {
    return Math.max(...cells.map(text => text.split('\n').length)) * CELL_LINE + CELL_MARGIN.top + CELL_MARGIN.bottom;
}
