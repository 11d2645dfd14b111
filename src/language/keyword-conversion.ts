import { CstUtils, GrammarAST, isLeafCstNode, type AstNode, type LangiumParser } from 'langium';
import { keywordOf, spell, type KeywordSpelling } from '../grammar/keyword-spellings.js';

/** One keyword token to write in the other spelling: its offsets in the text and its new text. */
export interface KeywordRespelling {
    readonly offset: number;
    readonly end: number;
    readonly text: string;
}

/**
 * The keyword tokens of a parsed plan that are not yet in `spelling`, with their text in it.
 * Only tokens the parser read as keywords count: a name spelled like a keyword, a string,
 * a comment, a money unit, `~` and the spacing are never touched.
 */
export function keywordRespellings(root: AstNode, spelling: KeywordSpelling): KeywordRespelling[] {
    const respellings: KeywordRespelling[] = [];
    if (!root.$cstNode) {
        return respellings;
    }
    for (const leaf of CstUtils.streamCst(root.$cstNode)) {
        if (!isLeafCstNode(leaf) || !GrammarAST.isKeyword(leaf.grammarSource) || keywordOf(leaf.grammarSource.value) === undefined) {
            continue;
        }
        const text = spell(leaf.grammarSource.value, spelling);
        // A keyword typed in decomposed Hangul is in its spelling already: its normalisation is the writer's.
        if (leaf.text.normalize('NFC') !== text) {
            respellings.push({ offset: leaf.offset, end: leaf.end, text });
        }
    }
    return respellings;
}

/** The text with the respellings made (they do not overlap; any order). */
export function applyRespellings(text: string, respellings: readonly KeywordRespelling[]): string {
    let result = '';
    let position = 0;
    for (const { offset, end, text: spelled } of [...respellings].sort((a, b) => a.offset - b.offset)) {
        result += text.slice(position, offset) + spelled;
        position = end;
    }
    return result + text.slice(position);
}

/** What converting a plan's keywords takes: its respellings, or nothing when it does not parse. */
export type KeywordConversion =
    | { readonly respellings: readonly KeywordRespelling[] }
    | { readonly syntaxErrorCount: number };

/**
 * The respellings that put a plan text's keywords in `spelling` (`cplan convert`, the editor's
 * convert commands). A text with a syntax error is not converted: which words are keywords
 * is only known for a text that parses.
 */
export function convertKeywords(parser: LangiumParser, text: string, spelling: KeywordSpelling): KeywordConversion {
    const parsed = parser.parse(text);
    const syntaxErrorCount = parsed.lexerErrors.length + parsed.parserErrors.length;
    return syntaxErrorCount > 0 ? { syntaxErrorCount } : { respellings: keywordRespellings(parsed.value, spelling) };
}
