import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { resvgRasterizer } from '../src/document/render/resvg-rasterizer.js';
import { PLAN_RULES } from '../src/analysis/catalogue.js';
import { renderDocx } from '../src/document/render/docx.js';
import { renderHtml } from '../src/document/render/html.js';
import { attribute, elements, hasClass, modelOf, parseHtml, parseXml, svgSources, textOf } from './document-helpers.js';
import { example } from './helpers.js';

const KO_CHAPTERS = ['현황 진단', '비전과 전략', '추진체계', '혁신 기반', '네트워크', '단기·장기 과제', '재원', '원칙 점검표'];

describe.each(['busan-marine-bio', 'daegu-draft'])('the HTML document of %s', name => {
    const html = async () => renderHtml(await modelOf(example(`${name}.cplan`)));

    test('has all eight chapters with their headings, and a table of contents pointing at them', async () => {
        const all = elements(parseHtml(await html()));
        const chapters = all.filter(element => element.tagName === 'section' && hasClass(element, 'chapter'));
        expect(chapters).toHaveLength(8);
        const headings = chapters.map(chapter => textOf(elements(chapter).find(element => element.tagName === 'h2')!));
        expect(headings).toEqual(KO_CHAPTERS.map((title, index) => `${index + 1}${title}`));
        const tocTargets = all.filter(element => element.tagName === 'nav').flatMap(nav => elements(nav)).filter(element => element.tagName === 'a').map(a => attribute(a, 'href'));
        expect(tocTargets).toEqual(chapters.map(chapter => `#${attribute(chapter, 'id')}`));
    });

    test('has a scorecard row for every catalogue rule, showing its id and principle', async () => {
        const rows = elements(parseHtml(await html())).filter(element => element.tagName === 'tr' && hasClass(element, 'rule-row'));
        expect(rows.map(row => attribute(row, 'data-rule')).sort()).toEqual(PLAN_RULES.map(rule => rule.id).sort());
        for (const row of rows) {
            const rule = PLAN_RULES.find(entry => entry.id === attribute(row, 'data-rule'))!;
            expect(textOf(row)).toContain(rule.principle.ko);
        }
    });

    test('is self-contained: no script, no external resource, a strict policy, A4 print styles and Korean typography', async () => {
        const text = await html();
        const all = elements(parseHtml(text));
        expect(all.filter(element => element.tagName === 'script')).toEqual([]);
        expect(all.filter(element => ['link', 'img', 'iframe', 'object'].includes(element.tagName))).toEqual([]);
        const policy = all.find(element => attribute(element, 'http-equiv') === 'Content-Security-Policy');
        expect(attribute(policy!, 'content')).toContain("default-src 'none'");
        const css = all.filter(element => element.tagName === 'style').map(textOf).join('');
        expect(css).toMatch(/@page\s*\{\s*size:\s*A4/);
        expect(css).toContain('word-break: keep-all');
        expect(css).toContain('Noto Sans KR');
        expect(css).toMatch(/\.chapter\s*\{[^}]*break-before:\s*page/);
    });

    test('has its SVG figures, each well-formed XML', async () => {
        const sources = svgSources(await html());
        expect(sources.length).toBeGreaterThanOrEqual(3);
        for (const source of sources) {
            expect(parseXml(source).documentElement?.nodeName).toBe('svg');
        }
        const classes = sources.map(source => /class="figure ([\w-]+)"/.exec(source)?.[1]);
        expect(classes).toEqual(['value-chain', 'network-map', 'gantt']);
    });
});

test('the Gantt chart draws one arrow per resolved `after`, and short and long bars apart', async () => {
    const source = svgSources(renderHtml(await modelOf(example('busan-marine-bio.cplan')))).find(svg => svg.includes('figure gantt'))!;
    const svg = parseXml(source);
    const byClass = (name: string) => Array.from(svg.getElementsByTagName('*')).filter(node => (node.getAttribute('class') ?? '').split(' ').includes(name));
    expect(byClass('dependency')).toHaveLength(2);
    expect(byClass('short')).toHaveLength(3);
    expect(byClass('long')).toHaveLength(4);
});

describe.each(['busan-marine-bio', 'daegu-draft'])('the DOCX document of %s', name => {
    test('is a zip whose word/document.xml holds the chapter headings and the scorecard', async () => {
        const files = unzipSync(await renderDocx(await modelOf(example(`${name}.cplan`)), resvgRasterizer));
        expect(Object.keys(files)).toContain('word/document.xml');
        const xml = parseXml(strFromU8(files['word/document.xml']));
        const paragraphs = Array.from(xml.getElementsByTagName('w:p')).map(paragraph =>
            Array.from(paragraph.getElementsByTagName('w:t')).map(node => node.textContent).join(''));
        for (const [index, title] of KO_CHAPTERS.entries()) {
            expect(paragraphs).toContain(`${index + 1}. ${title}`);
        }
        for (const rule of PLAN_RULES) {
            expect(paragraphs).toContain(rule.id);
        }
    });
});
