import { beforeAll, describe, expect, test } from 'vitest';
import { generatePlan } from '../bench/plan-generator.js';
import type { Block, GanttData, NetworkMapData, PlanDocumentModel } from '../src/document/model.js';
import { figureSvg, isFigure, layOutFigures, type FigureBlock, type FigureLayout } from '../src/document/render/figures.js';
import { renderHwpx } from '../src/document/render/hwpx.js';
import { resvgRasterizer } from '../src/document/render/resvg-rasterizer.js';
import { FIGURE_FRAME } from '../src/document/render/hwpx/styles.js';
import { wrapText, textWidth } from '../src/document/svg/text.js';
import { modelOf, parseXml } from './document-helpers.js';
import { example } from './helpers.js';
import { elementsNamed, partsOf, renderWithRhwp, squeezed, textPart } from './hwpx-helpers.js';

/** The smallest text of a laid-out figure as printed, in millimetres. */
function smallestPrintedText(layout: FigureLayout): number {
    const svg = parseXml(layout.svg).documentElement!;
    const viewWidth = Number(svg.getAttribute('viewBox')!.split(' ')[2]);
    const sizes = Array.from(svg.getElementsByTagName('*')).flatMap(node => node.hasAttribute('font-size') ? [Number(node.getAttribute('font-size'))] : []);
    return Math.min(...sizes) * layout.width / viewWidth;
}

const figuresOf = (model: PlanDocumentModel) => model.chapters.flatMap(chapter => chapter.blocks).filter(isFigure);
const only = <K extends Block['kind']>(model: PlanDocumentModel, kind: K) => figuresOf(model).find(figure => figure.kind === kind) as Extract<FigureBlock, { kind: K }>;

describe('the figures of DOCX and HWPX, laid out for print', () => {
    test('a plan the size of the examples prints every figure whole, as the HTML draws it, with text at least 2 mm high', async () => {
        const model = await modelOf(example('busan-marine-bio.cplan'));
        const layouts = layOutFigures(model, FIGURE_FRAME);
        expect(layouts.size).toBe(3);
        for (const [figure, layout] of layouts) {
            expect(layout.svg).toBe(figureSvg(figure));
            expect(layout.caption).toBe(figure.caption);
            expect(smallestPrintedText(layout)).toBeGreaterThanOrEqual(2);
            expect(layout.width).toBeLessThanOrEqual(FIGURE_FRAME.width + 1e-9);
            expect(layout.height).toBeLessThanOrEqual(FIGURE_FRAME.height + 1e-9);
        }
    });

    describe('a plan too large to read its network map and schedule on one page', () => {
        let model: PlanDocumentModel;
        let layouts: Map<FigureBlock, FigureLayout>;
        let map: NetworkMapData;
        let chart: GanttData;

        beforeAll(async () => {
            model = await modelOf(generatePlan({ lines: 600, seed: 3 }).text);
            layouts = layOutFigures(model, FIGURE_FRAME);
            map = only(model, 'networkMap').map;
            chart = only(model, 'gantt').chart;
        });

        test('would print the whole figures with text under 2 mm', () => {
            for (const figure of [only(model, 'networkMap'), only(model, 'gantt')]) {
                const whole = { ...layouts.get(figure)!, svg: figureSvg(figure) };
                const [, , viewWidth, viewHeight] = parseXml(whole.svg).documentElement!.getAttribute('viewBox')!.split(' ').map(Number);
                const scale = Math.min(FIGURE_FRAME.width / viewWidth, FIGURE_FRAME.height / viewHeight);
                expect(smallestPrintedText({ ...whole, width: viewWidth * scale })).toBeLessThan(2);
            }
        });

        test('prints the network map as its overview: a box per network with its members, links and host counted, on one page, legibly', () => {
            const layout = layouts.get(only(model, 'networkMap'))!;
            expect(layout.caption).toBe(map.overview.caption);
            expect(layout.caption).toContain('(개요)');
            expect(smallestPrintedText(layout)).toBeGreaterThanOrEqual(2);
            expect(layout.height).toBeLessThanOrEqual(FIGURE_FRAME.height + 1e-9);

            const boxes = elementsNamed(layout.svg, 'g').filter(group => group.getAttribute('class') === 'network');
            expect(boxes.map(box => box.getElementsByTagName('title')[0].textContent)).toEqual(map.networks.map(network => `${network.label} (${network.subtitle})`));
            for (const [index, network] of map.networks.entries()) {
                const lines = Array.from(boxes[index].getElementsByTagName('text')).map(line => line.textContent);
                expect(lines).toContain(network.subtitle);
                const linked = map.links.filter(link => network.members.some(member => member.key === link.partner));
                expect(lines).toContain(`구성원 ${network.members.length}곳 · 연계 ${linked.length}건`);
                expect(lines.some(line => line?.startsWith('주관: '))).toBe(true);
            }
            const bridged = new Set(map.networks.flatMap(network => network.bridges.map(bridge => [network.key, bridge.toNetwork].sort().join(' '))));
            expect(bridged.size).toBeGreaterThan(0);
            expect(elementsNamed(layout.svg, 'line').filter(line => line.getAttribute('stroke-dasharray')).length).toBe(bridged.size + 1);
            expect(layout.svg).toContain(`네트워크 ${map.networks.length}개`);
        });

        test('the overview\'s counts fit their boxes in English too', async () => {
            const english = await modelOf(generatePlan({ lines: 600, seed: 3 }).text, 'en');
            const layout = layOutFigures(english, FIGURE_FRAME).get(only(english, 'networkMap'))!;
            const counts = elementsNamed(layout.svg, 'text').map(line => line.textContent ?? '').filter(line => /^Members \d+ · links \d+$/.test(line));
            expect(counts).toHaveLength(only(english, 'networkMap').map.networks.length);
        });

        test('prints the schedule as its overview: the tasks under way each year, by term, on one page, legibly', () => {
            const layout = layouts.get(only(model, 'gantt'))!;
            expect(layout.caption).toBe(chart.overview.caption);
            expect(smallestPrintedText(layout)).toBeGreaterThanOrEqual(2);
            expect(layout.height).toBeLessThanOrEqual(FIGURE_FRAME.height + 1e-9);

            const years = elementsNamed(layout.svg, 'g').filter(group => group.getAttribute('class') === 'year');
            expect(years).toHaveLength(chart.endYear - chart.startYear + 1);
            for (const [offset, year] of years.entries()) {
                const calendarYear = chart.startYear + offset;
                const running = chart.tasks.filter(task => task.start !== undefined && task.start <= calendarYear && calendarYear <= task.end!);
                expect(year.getElementsByTagName('title')[0].textContent).toBe(`${calendarYear}: ${running.length}`);
                const shortBar = Array.from(year.getElementsByTagName('rect')).find(bar => bar.getAttribute('class') === 'bar short');
                expect(shortBar !== undefined).toBe(running.some(task => task.term === 'short'));
            }
            expect(layout.svg).toContain(`과제 ${chart.tasks.length}개`);
        });

        test('@rhwp/core draws the HWPX: every picture in the package, and the captions of both overviews', async () => {
            const hwpx = await renderHwpx(model, resvgRasterizer);
            const rendered = await renderWithRhwp(hwpx);
            const stored = [...partsOf(hwpx)].filter(([part]) => part.startsWith('BinData/')).map(([, bytes]) => Buffer.from(bytes).toString('base64'));
            expect(rendered.images.map(href => href.replace(/^data:image\/png;base64,/, '')).sort()).toEqual([...stored].sort());
            expect(stored).toHaveLength(3);
            for (const caption of [map.overview.caption, chart.overview.caption]) {
                expect(squeezed(rendered.text)).toContain(squeezed(caption));
            }
        });

        test('the HWPX places the overviews with their captions', async () => {
            const stand_in = Uint8Array.from(Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex'));
            const section = textPart(partsOf(await renderHwpx(model, async () => stand_in)), 'Contents/section0.xml');
            const comments = elementsNamed(section, 'hp:shapeComment').map(comment => comment.textContent);
            expect(comments).toEqual(figuresOf(model).map(figure => layouts.get(figure)!.caption));
            expect(comments).toContain(map.overview.caption);
            expect(comments).toContain(chart.overview.caption);
        });
    });

    test('a note is wrapped at spaces into lines that fit, and a word wider than a line between its characters', () => {
        const note = '네트워크 39개와 주체 135곳은 한 쪽에 읽을 수 있게 그릴 수 없어 네트워크별로 요약함. 아주긴낱말아주긴낱말아주긴낱말아주긴낱말';
        const lines = wrapText(note, 120, 10);
        expect(lines.length).toBeGreaterThan(3);
        expect(lines.every(line => textWidth(line, 10) <= 120)).toBe(true);
        expect(lines.join('').replace(/ /g, '')).toBe(note.replace(/ /g, ''));
        expect(lines.slice(0, -2).every(line => !line.startsWith(' ') && !line.endsWith(' '))).toBe(true);
    });
});
