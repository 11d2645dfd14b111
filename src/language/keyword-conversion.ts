import { CstUtils, GrammarAST, isLeafCstNode, type AstNode } from 'langium';
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
 * a comment, a money unit, `~` and the spacing are never touched. `within` narrows it to
 * a stretch of the text (the lines a quick fix inserted).
 */
export function keywordRespellings(root: AstNode, spelling: KeywordSpelling, within?: (offset: number) => boolean): KeywordRespelling[] {
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
        if (leaf.text.normalize('NFC') !== text && (within === undefined || within(leaf.offset))) {
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
