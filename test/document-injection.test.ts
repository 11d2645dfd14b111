import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { resvgRasterizer } from '../src/document/render/resvg-rasterizer.js';
import { renderDocx } from '../src/document/render/docx.js';
import { renderHtml } from '../src/document/render/html.js';
import { renderHwpx } from '../src/document/render/hwpx.js';
import { renderMarkdown } from '../src/document/render/markdown.js';
import { attribute, elements, modelOf, parseHtml, parseXml, svgSources, textOf } from './document-helpers.js';

const PAYLOADS = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '</style><b>bold</b>', ']]><evil/>', "' onmouseover='alert(1)", '&amp; &lt;', '\u0001\u000b'];

/** A plan with a string in every place a string can stand, each built from `text(n)`. */
function planWith(text: (n: number) => string): string {
    const s = (n: number) => JSON.stringify(text(n)).replace(/\\u000[0-9a-f]/g, match => String.fromCharCode(parseInt(match.slice(2), 16)));
    return `plan Injected ${s(1)} {
    region ${s(2)}
    horizon 2026 to 2037
    leadership private
    assessment { summary ${s(3)} strength ${s(4)} weakness ${s(5)} consensus ${s(6)} }
    vision ${s(7)} { strategy attraction scope hightech structure distributed position research outsource clinical to L1 }
    agency A ${s(8)} { independent budget 10 억원 mandate ${s(9)} survey monthly }
    government G ${s(10)} { level local }
    champion C ${s(11)} { role ${s(12)} origin local }
    institution I ${s(13)} { type university tier global scientists 2 }
    firm F ${s(14)} { star }
    industry H ${s(15)} { kind hospital }
    fund M ${s(16)} { source private amount 5 억원 selection competitive audit continuous review staged purpose investment }
    network N1 ${s(17)} { kind business members F, I host A meets monthly offers market bridge N2 via C }
    network N2 ${s(18)} { kind business members C, H }
    link L1 ${s(19)} { scope overseas channel ${s(20)} partner I }
    ip ${s(21)}
    problem linkage ${s(22)} { response dialogue }
    task T1 ${s(23)} { term short owner A period 2026 to 2028 budget 3 억원 goals talent }
    task T2 ${s(24)} { term long owner F period 2027 to 2037 goals research after T1 }
    waive "champion-required" because ${s(25)}
}`;
}

const injected = (n: number) => `${PAYLOADS[n % PAYLOADS.length]} ${n}`;
const benign = (n: number) => `plain text ${n}`;

/** The shape of a parsed document: each element's name and the names of its attributes. */
function shapeOf(html: string): string[] {
    return elements(parseHtml(html)).map(element => `${element.tagName}[${element.attrs.map(attr => attr.name).join(',')}]`);
}

describe('plan text with markup in it', () => {
    test('adds no element and no attribute to the HTML document; it shows as text', async () => {
        const html = renderHtml(await modelOf(planWith(injected)));
        const reference = renderHtml(await modelOf(planWith(benign)));
        expect(shapeOf(html)).toEqual(shapeOf(reference));

        const all = elements(parseHtml(html));
        expect(all.filter(element => ['script', 'img', 'b', 'evil'].includes(element.tagName))).toEqual([]);
        expect(all.flatMap(element => element.attrs).filter(attr => attr.name.startsWith('on'))).toEqual([]);
        expect(all.filter(element => element.tagName === 'style')).toHaveLength(1);
        const title = all.find(element => element.tagName === 'h1')!;
        expect(textOf(title)).toBe(injected(1));
        const body = textOf(all.find(element => element.tagName === 'body')!);
        for (const payload of PAYLOADS.slice(0, 5)) {
            expect(body).toContain(payload);
        }
    });

    test('keeps every SVG figure well-formed, with the same elements as for plain text', async () => {
        const figures = svgSources(renderHtml(await modelOf(planWith(injected))));
        const plain = svgSources(renderHtml(await modelOf(planWith(benign))));
        expect(figures).toHaveLength(3);
        figures.forEach((source, index) => {
            const names = (xml: string) => Array.from(parseXml(xml).getElementsByTagName('*')).map(node => node.nodeName);
            expect(names(source)).toEqual(names(plain[index]));
        });
    });

    test('keeps the preview\'s policy: only the preview script runs, under its nonce', async () => {
        const html = renderHtml(await modelOf(planWith(injected)), { nonce: 'abc123', cspSource: 'vscode-resource:', script: 'void 0;' });
        const scripts = elements(parseHtml(html)).filter(element => element.tagName === 'script');
        expect(scripts).toHaveLength(1);
        expect(attribute(scripts[0], 'nonce')).toBe('abc123');
        expect(textOf(scripts[0])).toBe('void 0;');
    });

    test('stays inert in Markdown: no HTML tag and no broken table row', async () => {
        const markdown = renderMarkdown(await modelOf(planWith(injected)));
        expect(markdown.replace(/<br>/g, '')).not.toMatch(/<[a-z/!]/i);
        // Consecutive table lines form one table; every row of a table has as many cells as its header.
        const cellsIn = (row: string) => row.replace(/\\\|/g, '').split('|').length;
        let header: number | undefined;
        for (const line of markdown.split('\n')) {
            if (!line.startsWith('|')) {
                header = undefined;
                continue;
            }
            header ??= cellsIn(line);
            expect(cellsIn(line), line).toBe(header);
        }
    });

    test('leaves word/document.xml of the DOCX well-formed, with the text in it', async () => {
        const files = unzipSync(await renderDocx(await modelOf(planWith(injected)), resvgRasterizer));
        const xml = parseXml(strFromU8(files['word/document.xml']));
        const texts = Array.from(xml.getElementsByTagName('w:t')).map(node => node.textContent).join('\n');
        expect(texts).toContain(injected(1));
        expect(xml.getElementsByTagName('script')).toHaveLength(0);
    });

    test('adds no element or attribute to the HWPX section; it shows as text in hp:t', async () => {
        const sectionOf = async (text: (n: number) => string) => {
            const files = unzipSync(await renderHwpx(await modelOf(planWith(text)), resvgRasterizer));
            return { files, section: parseXml(strFromU8(files['Contents/section0.xml'])) };
        };
        const { files, section } = await sectionOf(injected);
        const { section: reference } = await sectionOf(benign);
        const shape = (xml: ReturnType<typeof parseXml>) => Array.from(xml.getElementsByTagName('*'))
            .map(node => `${node.nodeName}[${Array.from(node.attributes).map(attribute => attribute.name).join(',')}]`);
        expect(shape(section)).toEqual(shape(reference));
        expect(section.getElementsByTagName('script')).toHaveLength(0);
        const texts = Array.from(section.getElementsByTagName('hp:t')).map(node => node.textContent).join('\n');
        for (const payload of PAYLOADS.slice(0, 6)) {
            expect(texts).toContain(payload);
        }
        // Control characters XML cannot hold are replaced, in the section and in every other part.
        expect(texts).toContain('\uFFFD\uFFFD');
        expect(strFromU8(files['Preview/PrvText.txt'])).not.toMatch(/[\u0001\u000b]/);
        expect(parseXml(strFromU8(files['Contents/content.hpf'])).getElementsByTagName('opf:title')[0].textContent).toBe(injected(1));
    });
});
