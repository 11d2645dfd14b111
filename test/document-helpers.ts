import { URI } from 'langium';
import { DOMParser } from '@xmldom/xmldom';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Locale } from '../src/analysis/locale.js';
import { planDocumentModel } from '../src/document/plan-document.js';
import type { PlanDocumentModel } from '../src/document/model.js';
import { services } from './helpers.js';

let counter = 0;

/** The document model of a plan text; fails the test when the plan does not parse. */
export async function modelOf(text: string, locale?: Locale): Promise<PlanDocumentModel> {
    const result = await planDocumentModel(services, text, URI.parse(`memory:///document-${counter++}.cplan`), locale);
    if (!('model' in result)) {
        throw new Error(`the plan has syntax errors: ${result.syntaxErrors.map(error => error.message).join('; ')}`);
    }
    return result.model;
}

export type HtmlElement = DefaultTreeAdapterMap['element'];
type HtmlNode = DefaultTreeAdapterMap['node'];

/** Parses an HTML document as a browser would, keeping where each element stands in the source. */
export function parseHtml(html: string) {
    return parse(html, { sourceCodeLocationInfo: true });
}

/** Every element below a node, in document order. */
export function elements(node: HtmlNode): HtmlElement[] {
    const found: HtmlElement[] = [];
    const visit = (current: HtmlNode) => {
        if ('tagName' in current) {
            found.push(current);
        }
        const children = 'content' in current && current.nodeName === 'template' ? current.content.childNodes : 'childNodes' in current ? current.childNodes : [];
        children.forEach(visit);
    };
    visit(node);
    return found;
}

export const attribute = (element: HtmlElement, name: string) => element.attrs.find(attr => attr.name === name)?.value;
export const hasClass = (element: HtmlElement, name: string) => (attribute(element, 'class') ?? '').split(/\s+/).includes(name);

/** The text inside an element, as a reader sees it. */
export function textOf(node: HtmlNode): string {
    if (node.nodeName === '#text') {
        return (node as DefaultTreeAdapterMap['textNode']).value;
    }
    return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

/** Parses XML strictly: any well-formedness error throws. */
export function parseXml(xml: string) {
    const errors: string[] = [];
    const document = new DOMParser({ onError: (level, message) => { if (level !== 'warning') errors.push(message); } }).parseFromString(xml, 'image/svg+xml');
    if (errors.length > 0) {
        throw new Error(`not well-formed XML: ${errors.join('; ')}`);
    }
    return document;
}

/** The source text of every `<svg>` element of an HTML document, exactly as written. */
export function svgSources(html: string): string[] {
    return elements(parseHtml(html)).filter(element => element.tagName === 'svg').map(element => {
        const location = element.sourceCodeLocation!;
        return html.slice(location.startOffset, location.endOffset);
    });
}
