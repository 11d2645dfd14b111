import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM, openInChromium } from '../scripts/chromium-page.mjs';
import { examinePortfolio, portfolioDocumentModel, type ExaminedPortfolio } from '../src/cli/portfolio-command.js';
import type { Block, PlanDocumentModel, RegionMatrixData } from '../src/document/model.js';
import { renderHtml } from '../src/document/render/html.js';
import { parseHtml, elements } from './document-helpers.js';
import { ROOT } from './cli-helpers.js';

/* The portfolio document of the example portfolio: what it says, and how it looks in a browser. */

let examined: ExaminedPortfolio;
let model: PlanDocumentModel;
const folder = mkdtempSync(path.join(tmpdir(), 'cplan-portfolio-doc-'));

beforeAll(async () => {
    const result = await examinePortfolio('examples/portfolio', undefined, 'ko', ROOT);
    if ('problem' in result) {
        throw new Error(result.problem.key);
    }
    examined = result;
    model = portfolioDocumentModel(examined, 'ko');
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const chapter = (id: string) => model.chapters.find(entry => entry.id === id)!;
const tables = (id: string) => chapter(id).blocks.filter((block): block is Extract<Block, { kind: 'table' }> => block.kind === 'table');

describe('the portfolio document model', () => {
    test('has the six chapters, in order', () => {
        expect(model.chapters.map(entry => entry.id)).toEqual(['regions', 'positioning', 'money', 'partners', 'ranking', 'portfolio-findings']);
        expect(model.cover.map(entry => entry.value)).toEqual(['6개 (전체 6개)', '12,905억원', '22']);
    });

    test('the region × value-chain matrix says where each region stands', () => {
        const matrix = (chapter('positioning').blocks.find(block => block.kind === 'regionMatrix') as { matrix: RegionMatrixData }).matrix;
        expect(matrix.rows.map(row => row.region)).toEqual(['부산광역시', '대전광역시', '대구광역시', '충청북도', '인천광역시', '강원특별자치도']);
        expect(matrix.rows.find(row => row.region === '강원특별자치도')!.cells).toEqual(['none', 'none', 'none', 'positioned', 'positioned', 'outsourced']);
        expect(matrix.rows.find(row => row.region === '부산광역시')!.cells).toEqual(['positioned', 'positioned', 'positioned', 'outsourced', 'outsourced', 'none']);
    });

    test('budgets and funds by region in 억원, with a total', () => {
        const [money] = tables('money');
        expect(money.rows.find(row => row[0] === '대구광역시')).toEqual(['대구광역시', '1,360억원', '2,500억원', '300억원', '60억원', '4,160억원']);
        expect(money.totalRow).toEqual(['합계', '5,715억원', '3,840억원', '3,350억원', '585억원', '12,905억원']);
    });

    test('the shared overseas partner comes first, with its regions', () => {
        const [partners] = tables('partners');
        expect(partners.rows[0]).toEqual(['Boston 바이오클러스터', '4', '부산광역시, 대전광역시, 대구광역시, 충청북도']);
    });

    test('the ranking puts the least compliant region, which plans the most, last', () => {
        const [ranking] = tables('ranking');
        expect(ranking.rows.at(-1)).toEqual(['6', '대구광역시', '37/55 (67%)', '4,160억원', '32.2%']);
    });

    test('the findings chapter lists each portfolio rule with its result, every finding and the waiver', () => {
        const [rules, findings, waivers] = tables('portfolio-findings');
        expect(rules.rows.map(row => row[2])).toEqual(['미충족', '미충족', '미충족', '미충족', '미충족', '미충족']);
        expect(findings.rows).toHaveLength(22);
        expect(waivers.rows).toEqual([['portfolio-overlap', '부산광역시', expect.stringContaining('부산 특화로 인정')]]);
    });

    test('in English when asked', () => {
        const english = portfolioDocumentModel(examined, 'en');
        expect(english.chapters.map(entry => entry.title)).toEqual(['The regions', 'Value-chain positioning', 'Budgets and funds', 'Overseas partners', 'Compliance ranking and investment', 'Selection and concentration across regions']);
    });
});

describe('the portfolio document in HTML', () => {
    test('is self-contained, with the matrix as an inline SVG figure', () => {
        const html = renderHtml(model);
        const all = elements(parseHtml(html));
        expect(all.filter(element => element.tagName === 'section')).toHaveLength(6);
        expect(all.filter(element => element.tagName === 'svg').map(element => element.attrs.find(attr => attr.name === 'class')?.value)).toEqual(['figure region-matrix']);
        expect(html).not.toMatch(/<(script|link|img)\b/);
    });

    test('loads in headless Chromium with no console error, its six chapters and a drawn matrix', async () => {
        expect(existsSync(CHROMIUM), `Chromium is not installed at ${CHROMIUM}: run scripts/ensure-chromium.sh (apt-get install -y chromium)`).toBe(true);
        const file = path.join(folder, 'cplan-portfolio.html');
        writeFileSync(file, renderHtml(model));
        const { errors, chapterCount, figures } = await openInChromium(file);
        expect(errors).toEqual([]);
        expect(chapterCount).toBe(6);
        expect(figures).toHaveLength(1);
        expect(figures[0].className).toBe('figure region-matrix');
        expect(figures[0].width).toBeGreaterThan(300);
        expect(figures[0].height).toBeGreaterThan(100);
    }, 60_000);
});
