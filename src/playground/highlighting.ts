import { HighlightStyle, StreamLanguage, syntaxHighlighting, type StringStream } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { tags } from '@lezer/highlight';
import words from 'playground:highlighting';

/**
 * Syntax colouring of `.cplan`, from the grammar's own words (src/tools/playground-data.ts):
 * the words that open an item, clause words, values, names, strings, numbers and comments.
 * A word that is both a clause and a value (`services`, `network`) is a value where the clause
 * before it takes it (`goals research, services`), else a clause word.
 */

interface State {
    /** Inside a block comment or a string that goes on to the next line. */
    open: 'comment' | 'string' | undefined;
    /** The quote that closes the open string: `"`, or `”` after `“`. */
    closingQuote?: string;
    /** The last clause or item word: which values may follow. */
    clause: string | undefined;
}

const declarations = new Set(words.declarations);
const clauses = new Set(words.clauses);
const values = new Set(words.values);
const valuesAfter = new Map(Object.entries(words.valuesAfter).map(([word, following]) => [word, new Set(following)]));
const name = new RegExp(`^(?:${words.namePattern})`);

function commentBody(stream: StringStream, state: State): void {
    const end = stream.string.indexOf('*/', stream.pos);
    if (end < 0) {
        stream.skipToEnd();
        state.open = 'comment';
    } else {
        stream.pos = end + 2;
        state.open = undefined;
    }
}

function stringBody(stream: StringStream, state: State): void {
    let escaped = false;
    let next: string | void;
    while ((next = stream.next()) !== undefined) {
        if (next === (state.closingQuote ?? '"') && !escaped) {
            state.open = undefined;
            return;
        }
        escaped = !escaped && next === '\\';
    }
    state.open = 'string';
}

function word(text: string, state: State): string {
    if (state.clause && valuesAfter.get(state.clause)?.has(text)) {
        return 'atom';
    }
    if (declarations.has(text) || clauses.has(text)) {
        state.clause = text;
        return declarations.has(text) ? 'definitionKeyword' : 'keyword';
    }
    return values.has(text) ? 'atom' : 'variableName';
}

export const clusterPlanLanguage = StreamLanguage.define<State>({
    name: 'cluster-plan',
    startState: () => ({ open: undefined, clause: undefined }),
    copyState: state => ({ ...state }),
    token(stream, state) {
        if (state.open === 'comment') {
            commentBody(stream, state);
            return 'blockComment';
        }
        if (state.open === 'string') {
            stringBody(stream, state);
            return 'string';
        }
        if (stream.eatSpace()) {
            return null;
        }
        if (stream.match('//')) {
            stream.skipToEnd();
            return 'lineComment';
        }
        if (stream.match('/*')) {
            commentBody(stream, state);
            return 'blockComment';
        }
        const quote = stream.eat('"') || stream.eat('\u201C');
        if (quote) {
            state.closingQuote = quote === '"' ? '"' : '\u201D';
            stringBody(stream, state);
            return 'string';
        }
        if (stream.match(/^([0-9]{1,3}(,[0-9]{3})+|[0-9]+)(\.[0-9]+)?/)) {
            return 'number';
        }
        const matched = stream.match(name) as RegExpMatchArray | null;
        if (matched) {
            return word(matched[0], state);
        }
        const next = stream.next();
        if (next === '{' || next === '}') {
            state.clause = undefined;
            return 'brace';
        }
        return next === ',' ? 'separator' : null;
    },
    languageData: { commentTokens: { line: '//', block: { open: '/*', close: '*/' } } }
});

/** Colours in the spirit of the plan document's palette, legible on white. */
const planHighlightStyle = HighlightStyle.define([
    { tag: tags.definitionKeyword, color: '#1f4e79', fontWeight: '700' },
    { tag: tags.keyword, color: '#6b3fa0' },
    { tag: tags.atom, color: '#2f7d6d' },
    { tag: tags.string, color: '#a3541a' },
    { tag: tags.number, color: '#b02a5b' },
    { tag: [tags.lineComment, tags.blockComment], color: '#6b7785', fontStyle: 'italic' },
    { tag: tags.variableName, color: '#1d2733' },
    { tag: tags.brace, color: '#5b6675' }
]);

export function clusterPlanHighlighting(): Extension {
    return [clusterPlanLanguage, syntaxHighlighting(planHighlightStyle)];
}
