import fc from 'fast-check';
import { KEYWORDS, planModelArb, renderPlan } from './plan-arbitraries.js';

/**
 * fast-check generators of BROKEN plans: a valid plan (or an empty text) damaged the way
 * pasted, half-typed or mis-saved files are — characters and tokens inserted, deleted or
 * replaced, NUL bytes, lone surrogates, byte-order marks, CRLF and CR line ends, very long
 * strings, deeply nested braces and numbers too large for a double.
 */

type Mutation = (text: string) => string;

const at = (text: string, position: number) => position % (text.length + 1);

const oddCharacter = fc.oneof(
    fc.constantFrom('\0', '\uD800', '\uDC00', '\uDBFF', '\uFEFF', '\r', '\n', '\r\n', '"', '{', '}', '\\', '/', '*', ',', '\u2028', '\u00A0', '\t'),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    fc.integer({ min: 0xac00, max: 0xd7a3 }).map(code => String.fromCharCode(code))
);

const token = fc.oneof(
    fc.constantFrom(...KEYWORDS),
    fc.constantFrom('{', '}', '"', '/*', '*/', '//', ',', 'plan X "t" {', '억원', '12.', '.5', '0x1F', '-3', '1e309'),
    fc.constant('9'.repeat(400)),
    fc.constant('123456789012345678901234567890.5'),
    fc.stringMatching(/^[A-Za-z가-힣_][A-Za-z0-9가-힣_]{0,6}$/)
);

const long = fc.constantFrom(
    `"${'가'.repeat(10_000)}"`,
    'x'.repeat(10_000),
    `"${'\\"'.repeat(5_000)}"`,
    `/*${'*'.repeat(10_000)}`
);

const braces = fc.constantFrom('{'.repeat(200), '}'.repeat(200), '{'.repeat(200) + '}'.repeat(200), 'assessment {'.repeat(200));

const insert = (piece: fc.Arbitrary<string>) => fc.tuple(fc.nat(), piece)
    .map(([position, added]): Mutation => text => text.slice(0, at(text, position)) + added + text.slice(at(text, position)));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
    { weight: 4, arbitrary: insert(oddCharacter) },
    { weight: 4, arbitrary: insert(token.map(word => ` ${word} `)) },
    { weight: 4, arbitrary: fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })).map(([position, length]): Mutation => text => text.slice(0, at(text, position)) + text.slice(at(text, position) + length)) },
    { weight: 4, arbitrary: fc.tuple(fc.nat(), fc.integer({ min: 1, max: 12 }), token).map(([position, length, word]): Mutation => text => text.slice(0, at(text, position)) + word + text.slice(at(text, position) + length)) },
    { weight: 1, arbitrary: insert(long) },
    { weight: 1, arbitrary: insert(braces) },
    { weight: 1, arbitrary: fc.constantFrom<Mutation>(text => text.replace(/\n/g, '\r\n'), text => text.replace(/\n/g, '\r'), text => `\uFEFF${text}`, text => text.replace(/\n/g, '\n\uFEFF')) },
    { weight: 1, arbitrary: fc.constantFrom<Mutation>(text => text.replace(/[0-9]+/g, '9'.repeat(330)), text => text.slice(0, text.length / 2)) }
);

/** A valid plan, or nothing at all, damaged by one to six mutations in a row. */
export const mutatedPlanArb: fc.Arbitrary<string> = fc.tuple(
    fc.oneof({ weight: 9, arbitrary: planModelArb.map(renderPlan) }, { weight: 1, arbitrary: fc.constant('') }),
    fc.array(mutation, { minLength: 1, maxLength: 6 })
).map(([text, mutations]) => mutations.reduce((current, mutate) => mutate(current), text));

/** The lines of a text as an LSP client counts them: CRLF, CR and LF each end a line. */
export function linesOf(text: string): string[] {
    return text.split(/\r\n|\r|\n/);
}

/** Whether a 0-based line/character position lies inside the text (the end of a line included). */
export function isInside(lines: readonly string[], position: { line: number; character: number }): boolean {
    return Number.isInteger(position.line) && Number.isInteger(position.character)
        && position.line >= 0 && position.line < lines.length
        && position.character >= 0 && position.character <= lines[position.line].length;
}
