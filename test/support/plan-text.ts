import { readFileSync } from 'node:fs';

/** The clean example plan: it keeps every principle, so each rule test breaks one thing in it. */
export const BUSAN = readFileSync(new URL('../../examples/busan-marine-bio.cplan', import.meta.url), 'utf8');

/** Replaces text that must be present, so that a test can never pass by changing nothing. */
export function edit(text: string, ...replacements: Array<[string | RegExp, string]>): string {
    let result = text;
    for (const [from, to] of replacements) {
        const found = typeof from === 'string' ? result.includes(from) : from.test(result);
        if (!found) {
            throw new Error(`test setup: ${String(from)} is not in the plan`);
        }
        result = result.replace(from, to);
    }
    return result;
}

/** Adds lines just before the plan's closing brace. */
export const beforeClosingBrace = (text: string, addition: string): string => text.replace(/\}\s*$/, `${addition}\n}\n`);

/** A one-line element of the example plan, with its optional `{ … }` block: `elementLine('agency', 'BMBA')`. */
export const elementLine = (keyword: string, name: string): RegExp => new RegExp(`\\n    ${keyword} ${name} "[^"]*"( \\{[^}]*\\})?\\n`);
