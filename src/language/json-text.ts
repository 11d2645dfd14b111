/** A JSON file's content, or where it stops being JSON (1-based line and column). */
export type JsonText = { readonly json: unknown } | { readonly line: number; readonly column: number };

/**
 * Parses the text of a JSON file as planners save it: past a byte-order mark (Notepad writes
 * one), and, when it is not JSON, with the place where it goes wrong, which JavaScript's own
 * error gives only sometimes, and in English.
 */
export function parseJsonText(text: string): JsonText {
    const body = text.replace(/^\uFEFF/, '');
    try {
        return { json: JSON.parse(body) };
    } catch {
        const before = body.slice(0, firstWrongCharacter(body)).split(/\r\n?|\n/);
        return { line: before.length, column: before[before.length - 1].length + 1 };
    }
}

/**
 * The offset of the first character no JSON text can go on with: the text before it is the
 * start of some JSON text, which parsed alone fails only where it ends (JavaScript says so in
 * words, or by an offset at its end). Once a start fails earlier, every longer one does too,
 * so the place is found by halving.
 */
function firstWrongCharacter(body: string): number {
    const isStartOfJson = (length: number) => {
        try {
            JSON.parse(body.slice(0, length));
            return true;
        } catch (error) {
            const message = error instanceof Error ? error.message : '';
            const position = /at position (\d+)/.exec(message);
            return /end of JSON input/.test(message) || (position !== null && Number(position[1]) >= length);
        }
    };
    let good = 0;
    let bad = body.length;
    while (bad - good > 1) {
        const middle = Math.floor((good + bad) / 2);
        if (isStartOfJson(middle)) {
            good = middle;
        } else {
            bad = middle;
        }
    }
    return isStartOfJson(bad) ? bad : bad - 1;
}
