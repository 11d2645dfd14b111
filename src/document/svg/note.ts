import { PALETTE } from './palette.js';
import { px, wrapText } from './text.js';
import { element, text } from './xml.js';

/** The size of a figure's note and of its legend. */
export const NOTE_SIZE = 10.5;
const NOTE_LINE = 15;

/** A note set below a figure from `top`, wrapped to `width`: its lines and where the last one stands. */
export function noteLines(note: string, x: number, top: number, width: number): { readonly lines: string[]; readonly bottom: number } {
    const lines = wrapText(note, width, NOTE_SIZE).map((content, index) =>
        element('text', { x, y: px(top + (index + 1) * NOTE_LINE), 'font-size': NOTE_SIZE, fill: PALETTE.muted }, text(content)));
    return { lines, bottom: top + lines.length * NOTE_LINE };
}
