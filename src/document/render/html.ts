import { escapeXml } from '../escape.js';
import type { Block, Chapter, PlanDocumentModel, ScorecardBlock, TableBlock } from '../model.js';
import { ganttSvg } from '../svg/gantt.js';
import { networkMapSvg } from '../svg/network-map.js';
import { regionMatrixSvg } from '../svg/region-matrix.js';
import { valueChainSvg } from '../svg/value-chain.js';
import { DOCUMENT_CSS } from './html-styles.js';

/** What an editor preview adds: its script (run under a nonce) and where its resources may come from. */
export interface WebviewEmbedding {
    readonly nonce: string;
    readonly cspSource: string;
    readonly script: string;
}

const e = escapeXml;

/**
 * The plan document as one self-contained HTML file: inline styles and SVG figures, no
 * external resource, and a Content-Security-Policy that lets no script run unless an editor
 * preview supplies its own under a nonce.
 */
export function renderHtml(model: PlanDocumentModel, webview?: WebviewEmbedding): string {
    const policy = webview
        ? `default-src 'none'; style-src ${webview.cspSource} 'unsafe-inline'; img-src ${webview.cspSource} data:; script-src 'nonce-${webview.nonce}';`
        : "default-src 'none'; style-src 'unsafe-inline'; img-src data:;";
    const head = [
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="${e(policy)}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="cplan">',
        `<title>${e(model.title)}</title>`,
        `<style>${DOCUMENT_CSS}</style>`
    ];
    const body = [cover(model), contents(model), ...model.chapters.map(chapter)];
    if (webview) {
        body.push(`<script nonce="${e(webview.nonce)}">${webview.script}</script>`);
    }
    return `<!DOCTYPE html>\n<html lang="${model.locale}">\n<head>\n${head.join('\n')}\n</head>\n<body>\n${body.join('\n')}\n</body>\n</html>\n`;
}

function cover(model: PlanDocumentModel): string {
    const facts = model.cover.map(entry => `<dt>${e(entry.label)}</dt><dd>${e(entry.value)}</dd>`).join('');
    return `<header class="cover"><p class="kind">${e(model.subtitle)}</p><h1>${e(model.title)}</h1><dl>${facts}</dl><p class="based-on">${e(model.basedOn)}</p></header>`;
}

function contents(model: PlanDocumentModel): string {
    const items = model.chapters.map(chapter =>
        `<li><span class="number">${chapter.number}</span><a href="#${chapterAnchor(chapter)}">${e(chapter.title)}</a></li>`).join('');
    return `<nav class="toc"><h2>${e(model.contentsTitle)}</h2><ol>${items}</ol></nav>`;
}

const chapterAnchor = (chapter: Chapter) => `chapter-${chapter.id}`;

function chapter(chapter: Chapter): string {
    const heading = `<h2><span class="number">${chapter.number}</span>${e(chapter.title)}</h2>`;
    return `<section class="chapter ${chapter.id}" id="${chapterAnchor(chapter)}">${heading}\n${chapter.blocks.map(block).join('\n')}</section>`;
}

function block(item: Block): string {
    switch (item.kind) {
        case 'heading':
            return `<h3>${e(item.text)}</h3>`;
        case 'paragraph':
            return `<p${item.lead ? ' class="lead"' : ''}>${e(item.text)}</p>`;
        case 'note':
            return `<p class="note">${e(item.text)}</p>`;
        case 'list':
            return `<ul>${item.items.map(text => `<li>${e(text)}</li>`).join('')}</ul>`;
        case 'keyValues':
            return `<dl class="facts">${item.rows.map(row => `<dt>${e(row.label)}</dt><dd>${e(row.value)}</dd>`).join('')}</dl>`;
        case 'table':
            return table(item);
        case 'valueChain':
            return figure(valueChainSvg(item.segments, item.caption), item.caption);
        case 'networkMap':
            return figure(networkMapSvg(item.map, item.caption), item.caption);
        case 'gantt':
            return figure(ganttSvg(item.chart, item.caption), item.caption);
        case 'regionMatrix':
            return figure(regionMatrixSvg(item.matrix, item.caption), item.caption);
        case 'scorecard':
            return scorecard(item);
    }
}

function figure(svg: string, caption: string): string {
    return `<figure>${svg}<figcaption>${e(caption)}</figcaption></figure>`;
}

function table(item: TableBlock): string {
    const numeric = new Set(item.numericColumns ?? []);
    const compact = new Set(item.compactColumns ?? []);
    const cellClass = (index: number) => numeric.has(index) ? ' class="number"' : compact.has(index) ? ' class="compact"' : '';
    const head = item.columns.map((column, index) => `<th${cellClass(index)}>${e(column)}</th>`).join('');
    const row = (cells: readonly string[]) => cells.map((cell, index) => `<td${cellClass(index)}>${e(cell)}</td>`).join('');
    const rows = item.rows.map(cells => `<tr>${row(cells)}</tr>`);
    if (item.totalRow) {
        rows.push(`<tr class="total">${row(item.totalRow)}</tr>`);
    }
    return `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function scorecard(item: ScorecardBlock): string {
    const columns = item.columns;
    const summaryRows = item.categories.map(category => {
        const bar = category.percent === undefined ? '' : `<span class="score-bar"><span style="width:${category.percent}%"></span></span>`;
        return `<tr><td><a href="#score-${category.id}">${e(category.title)}</a></td><td>${bar}${e(category.scoreText)}</td></tr>`;
    }).join('');
    const parts = [
        `<div class="scorecard">`,
        `<h3>${e(item.summaryTitle)}</h3>`,
        `<table class="summary"><thead><tr><th>${e(columns.category)}</th><th>${e(columns.score)}</th></tr></thead><tbody>${summaryRows}</tbody></table>`,
        `<p class="note">${e(item.scoreRule)}</p>`
    ];
    for (const category of item.categories) {
        const rows = category.rows.map(row => {
            const line = row.line === undefined ? '' : ` data-line="${row.line}"`;
            const details = row.details.length === 0 ? '' : `<ul>${row.details.map(detail => `<li>${e(detail)}</li>`).join('')}</ul>`;
            return `<tr class="rule-row status-${row.status}" data-rule="${e(row.ruleId)}"${line}>`
                + `<td class="rule"><code>${e(row.ruleId)}</code></td><td class="principle">${e(row.principle)}</td>`
                + `<td class="result"><span class="badge">${e(row.statusLabel)}</span></td><td class="detail">${details}</td></tr>`;
        }).join('');
        parts.push(
            `<h3 id="score-${category.id}">${e(category.title)} <span class="score">${e(category.scoreText)}</span></h3>`,
            `<table class="rules"><thead><tr><th>${e(columns.rule)}</th><th>${e(columns.principle)}</th><th>${e(columns.result)}</th><th>${e(columns.detail)}</th></tr></thead><tbody>${rows}</tbody></table>`
        );
    }
    parts.push('</div>');
    return parts.join('\n');
}
