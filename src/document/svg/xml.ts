import { escapeXml } from '../escape.js';

export type Attributes = Readonly<Record<string, string | number | undefined>>;

/**
 * One element of markup. Attribute values are always escaped; children are markup made by
 * `element` or `text`, never raw plan text.
 */
export function element(name: string, attributes: Attributes = {}, ...children: string[]): string {
    const rendered = Object.entries(attributes)
        .filter(([, value]) => value !== undefined)
        .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
        .join('');
    return children.length === 0 ? `<${name}${rendered}/>` : `<${name}${rendered}>${children.join('')}</${name}>`;
}

/** Plan text as element content. */
export const text = (content: string): string => escapeXml(content);
