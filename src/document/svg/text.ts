/**
 * Text sizing for SVG without a browser: a wide (Hangul, CJK, full-width) character takes
 * about one em, anything else a little over half. Good enough to keep labels inside boxes.
 */
const WIDE = /[\u1100-\u11FF\u2E80-\u9FFF\uAC00-\uD7A3\uF900-\uFAFF\uFF00-\uFFEF]/;

export function textWidth(text: string, fontSize: number): number {
    let ems = 0;
    for (const character of text) {
        ems += WIDE.test(character) ? 1 : 0.58;
    }
    return ems * fontSize;
}

/** The text, cut with an ellipsis so that it fits `maxWidth`; the full text belongs in a `<title>`. */
export function fitText(text: string, maxWidth: number, fontSize: number): string {
    const flat = text.replace(/\s+/g, ' ').trim();
    if (textWidth(flat, fontSize) <= maxWidth) {
        return flat;
    }
    let kept = '';
    for (const character of flat) {
        if (textWidth(`${kept}${character}…`, fontSize) > maxWidth) {
            break;
        }
        kept += character;
    }
    return `${kept.trimEnd()}…`;
}

/** Rounds coordinates so that the markup stays short and stable. */
export const px = (value: number) => String(Math.round(value * 10) / 10);

/** The smallest font size the figures set, in their own units: what must stay legible in print. */
export const SMALLEST_FONT_SIZE = 9.5;

/** The text broken into lines that fit `maxWidth`, between words where it has spaces, else between characters. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.replace(/\s+/g, ' ').trim().split(/(?<= )/)) {
        if (line && textWidth(`${line}${word}`.trimEnd(), fontSize) > maxWidth) {
            lines.push(line.trimEnd());
            line = '';
        }
        for (const character of word) {
            if (line && textWidth(`${line}${character}`.trimEnd(), fontSize) > maxWidth) {
                lines.push(line.trimEnd());
                line = '';
            }
            line += character;
        }
    }
    return line.trim() ? [...lines, line.trimEnd()] : lines;
}
