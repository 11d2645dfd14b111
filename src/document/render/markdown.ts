import { ganttRows, networkLines, regionMatrixRows } from './figure-text.js';
import type { Block, Chapter, GanttData, NetworkMapData, PlanDocumentModel, ScorecardBlock, TableBlock } from '../model.js';

/**
 * The plan document as GitHub-flavoured Markdown: headings, lists and tables (budgets and
 * the scorecard among them); the figures become tables or lists that say the same.
 */
export function renderMarkdown(model: PlanDocumentModel): string {
    const out: string[] = [`# ${md(model.title)}`, '', `*${md(model.subtitle)}*`, ''];
    for (const entry of model.cover) {
        out.push(`- **${md(entry.label)}**: ${md(entry.value)}`);
    }
    out.push('', `> ${md(model.basedOn)}`, '', `## ${md(model.contentsTitle)}`, '');
    for (const chapter of model.chapters) {
        out.push(`${chapter.number}. [${md(chapter.title)}](#${anchor(chapter)})`);
    }
    for (const chapter of model.chapters) {
        out.push('', `## ${chapter.number}. ${md(chapter.title)}`, '');
        for (const item of chapter.blocks) {
            out.push(...block(item), '');
        }
        while (out[out.length - 1] === '') {
            out.pop();
        }
    }
    return `${out.join('\n')}\n`;
}

/** GitHub's heading anchor: lower case, spaces to hyphens, punctuation dropped. */
function anchor(chapter: Chapter): string {
    return `${chapter.number}. ${chapter.title}`.toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').trim().replace(/\s/g, '-');
}

function block(item: Block): string[] {
    switch (item.kind) {
        case 'heading':
            return [`### ${md(item.text)}`];
        case 'paragraph':
            return [item.lead ? `**${md(item.text)}**` : md(item.text)];
        case 'note':
            return [`*${md(item.text)}*`];
        case 'list':
            return item.items.map(text => `- ${md(text)}`);
        case 'keyValues':
            return item.rows.map(row => `- **${md(row.label)}**: ${md(row.value)}`);
        case 'table':
            return table(item);
        case 'valueChain':
            return table({ kind: 'table', columns: [...item.columns], rows: item.segments.map(segment => [segment.label, segment.via ? `${segment.stateLabel} (${segment.via})` : segment.stateLabel]) });
        case 'networkMap':
            return networkList(item.map);
        case 'gantt':
            return ganttTable(item.chart);
        case 'regionMatrix':
            return table({ kind: 'table', columns: [item.matrix.regionTitle, ...item.matrix.segments], rows: regionMatrixRows(item.matrix) });
        case 'scorecard':
            return scorecard(item);
    }
}

function table(item: TableBlock): string[] {
    const numeric = new Set(item.numericColumns ?? []);
    const lines = [
        `| ${item.columns.map(md).join(' | ')} |`,
        `|${item.columns.map((_, index) => numeric.has(index) ? ' ---: ' : ' --- ').join('|')}|`,
        ...item.rows.map(cells => `| ${cells.map(md).join(' | ')} |`)
    ];
    if (item.totalRow) {
        lines.push(`| ${item.totalRow.map(cell => `**${md(cell)}**`).join(' | ')} |`);
    }
    return lines;
}

function networkList(map: NetworkMapData): string[] {
    return networkLines(map).map(line => {
        const members = line.members.map(member => member.host ? `**${md(member.label)}**` : md(member.label)).join(', ');
        return `- **${md(line.title)}** (${md(line.detail)})${members ? `: ${members}` : ''}`;
    });
}

function ganttTable(chart: GanttData): string[] {
    return [
        `| ${md(chart.columns.task)} | ${md(chart.columns.term)} | ${chart.startYear}–${chart.endYear} |`,
        '| --- | --- | --- |',
        ...ganttRows(chart).map(([task, term, bar]) => `| ${md(task)} | ${md(term)} | ${md(bar)} |`)
    ];
}

function scorecard(item: ScorecardBlock): string[] {
    const out = [
        `### ${md(item.summaryTitle)}`, '',
        `| ${md(item.columns.category)} | ${md(item.columns.score)} |`, '| --- | ---: |',
        ...item.categories.map(category => `| ${md(category.title)} | ${md(category.scoreText)} |`),
        '', `*${md(item.scoreRule)}*`
    ];
    for (const category of item.categories) {
        out.push('', `### ${md(category.title)} — ${md(category.scoreText)}`, '',
            `| ${md(item.columns.rule)} | ${md(item.columns.principle)} | ${md(item.columns.result)} | ${md(item.columns.detail)} |`,
            '| --- | --- | --- | --- |',
            ...category.rows.map(row => `| \`${row.ruleId}\` | ${md(row.principle)} | ${md(row.statusLabel)} | ${row.details.map(md).join('<br>')} |`));
    }
    return out;
}

/**
 * Plan text as inert Markdown: HTML-significant characters become entities and Markdown
 * punctuation is backslash-escaped, so a string can neither add markup nor break a table.
 */
export function md(text: string): string {
    const flat = text.replace(/\s+/g, ' ').trim();
    return flat
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        .replace(/([\\`*_[\]|#~!])/g, '\\$1')
        .replace(/^([-+=])/, '\\$1')
        .replace(/^(\d+)([.)])/, '$1\\$2');
}
