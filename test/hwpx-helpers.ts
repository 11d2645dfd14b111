import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import type { Block, PlanDocumentModel } from '../src/document/model.js';
import { parseXml } from './document-helpers.js';

/** The parts of a zip package by name, in archive order. */
export function partsOf(zip: Uint8Array): Map<string, Uint8Array> {
    return new Map(Object.entries(unzipSync(zip)));
}

/** The local file header at the start of a zip: its compression method, file name, extra field and whether a data descriptor follows. */
export function firstEntry(zip: Uint8Array) {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    if (view.getUint32(0, true) !== 0x04034b50) {
        throw new Error('not a zip: no local file header first');
    }
    const nameLength = view.getUint16(26, true);
    const extraLength = view.getUint16(28, true);
    const name = strFromU8(zip.subarray(30, 30 + nameLength));
    const content = strFromU8(zip.subarray(30 + nameLength + extraLength, 30 + nameLength + extraLength + view.getUint32(18, true)));
    return { method: view.getUint16(8, true), name, content, extraLength, dataDescriptor: (view.getUint16(6, true) & 0x8) !== 0 };
}

export const textPart = (parts: ReadonlyMap<string, Uint8Array>, name: string) => {
    const part = parts.get(name);
    if (!part) {
        throw new Error(`the package has no ${name}`);
    }
    return strFromU8(part);
};

/** Every element with this qualified name, e.g. `hp:t`. */
export const elementsNamed = (xml: string, name: string) => Array.from(parseXml(xml).getElementsByTagName(name));

/** Text compared without white space: readers drop spaces at run ends, renderers draw no spaces. */
export const squeezed = (text: string) => text.replace(/\s+/g, '');

const blocksOf = (model: PlanDocumentModel): Block[] => model.chapters.flatMap(chapter => chapter.blocks);

/** What a reader must find in the document of a plan, taken from its document model. */
export function expectedText(model: PlanDocumentModel) {
    const blocks = blocksOf(model);
    const paragraphs = [
        model.title, model.subtitle, model.basedOn, ...model.cover.flatMap(entry => [entry.label, entry.value]),
        ...blocks.flatMap(block => {
            switch (block.kind) {
                case 'heading':
                case 'paragraph':
                case 'note':
                    return [block.text];
                case 'list':
                    return block.items;
                case 'keyValues':
                    return block.rows.flatMap(row => [row.label, row.value]);
                case 'valueChain':
                case 'networkMap':
                case 'gantt':
                case 'regionMatrix':
                    return [block.caption];
                case 'scorecard':
                    return [block.summaryTitle, block.scoreRule];
                case 'table':
                    return [];
            }
        })
    ];
    const tableCells = blocks.flatMap(block => block.kind === 'table'
        ? [...block.columns, ...block.rows.flat(), ...(block.totalRow ?? [])]
        : block.kind === 'scorecard'
            ? block.categories.flatMap(category => category.rows.flatMap(row => [row.ruleId, row.principle, row.statusLabel, ...row.details]))
            : []).filter(cell => cell !== '');
    const headerRows = blocks.flatMap(block => block.kind === 'table'
        ? [block.columns.join('')]
        : block.kind === 'scorecard' ? [[block.columns.rule, block.columns.principle, block.columns.result, block.columns.detail].join('')] : []);
    return {
        /**
         * Text drawn page after page, without the page number at the foot of a page and the header
         * row a table repeats at the top of the next: a cell that runs on over a page reads as one.
         */
        pageFlow: (drawn: string) => {
            const repeats = [...new Set(headerRows.map(squeezed))].map(row => row.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
            return squeezed(drawn).replace(new RegExp(`-\\d+-(?:${repeats.join('|')})?`, 'g'), '');
        },
        chapterTitles: model.chapters.map(chapter => `${chapter.number}. ${chapter.title}`),
        ruleIds: blocks.flatMap(block => block.kind === 'scorecard' ? block.categories.flatMap(category => category.rows.map(row => row.ruleId)) : []),
        taskTitles: blocks.flatMap(block => block.kind === 'gantt' ? block.chart.tasks.map(task => task.label) : []),
        figures: blocks.filter(block => block.kind === 'valueChain' || block.kind === 'networkMap' || block.kind === 'gantt').length,
        paragraphs,
        tableCells
    };
}

/** @rhwp/core, an HWP/HWPX parser and renderer compiled to WebAssembly, made ready once per test file. */
export async function loadRhwp() {
    const rhwp = await import('@rhwp/core');
    rhwp.initSync({ module: readFileSync(new URL('../node_modules/@rhwp/core/rhwp_bg.wasm', import.meta.url)) });
    return rhwp;
}

/** The pages of an HWPX file as @rhwp/core renders them: the text drawn (in page order) and the pictures drawn. */
export async function renderWithRhwp(hwpx: Uint8Array) {
    const { HwpDocument } = await loadRhwp();
    const document = new HwpDocument(hwpx);
    try {
        const pages = Array.from({ length: document.pageCount() }, (_, page) => parseXml(document.renderPageSvg(page)));
        const warnings = JSON.parse(document.getValidationWarnings()) as { summary: Record<string, number> };
        return {
            pageCount: pages.length,
            warningKinds: Object.keys(warnings.summary),
            text: pages.map(page => Array.from(page.getElementsByTagName('text')).map(node => node.textContent ?? '').join('')).join(''),
            images: pages.flatMap(page => Array.from(page.getElementsByTagName('image')).map(node => node.getAttribute('href') ?? node.getAttribute('xlink:href') ?? ''))
        };
    } finally {
        document.free();
    }
}
