/** Characters XML 1.0 forbids: most control characters, lone surrogates, U+FFFE and U+FFFF. */
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Plain text that an XML file can hold: forbidden characters become U+FFFD. */
export function xmlSafe(text: string): string {
    return text.replace(NOT_XML, '\uFFFD');
}

/**
 * The one way plan text enters HTML and SVG: markup characters become entities and
 * forbidden characters U+FFFD, so a plan string can neither open an element nor break the
 * file's well-formedness. Used for element content and double-quoted attribute values alike.
 */
export function escapeXml(text: string): string {
    return xmlSafe(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
