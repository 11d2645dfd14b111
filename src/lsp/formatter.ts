import { AstUtils, CstUtils, isLeafCstNode, type AstNode, type LangiumDocument, type LeafCstNode, type Lexer } from 'langium';
import type { Formatter, LangiumServices } from 'langium/lsp';
import type { IToken } from 'chevrotain';
import { TextEdit, type DocumentOnTypeFormattingOptions, type DocumentRangeFormattingParams } from 'vscode-languageserver';
import { isAssessment, isElement, isPlan, isProblem, isVision } from '../grammar/generated/ast.js';

/**
 * The canonical layout of a plan: one clause per line, blocks indented by four spaces, a
 * blank line around every element and block, `a, b, c` lists. Comments stay where they
 * were: at the end of their line, or on their own line before what follows them, keeping a
 * blank line the author put before them. The layout depends only on the tokens, the
 * comments and those blank lines, so formatting twice gives the same text.
 */
export class PlanFormatter implements Formatter {
    private readonly lexer: Lexer;

    constructor(services: LangiumServices) {
        this.lexer = services.parser.Lexer;
    }

    formatDocument(document: LangiumDocument): TextEdit[] {
        const text = document.textDocument.getText();
        return this.edits(document, { start: 0, end: text.length });
    }

    /** Formats the tokens inside the selection; only the spacing between them changes. */
    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        return this.edits(document, {
            start: document.textDocument.offsetAt(params.range.start), end: document.textDocument.offsetAt(params.range.end)
        });
    }

    private edits(document: LangiumDocument, selection: { start: number; end: number }): TextEdit[] {
        const { lexerErrors, parserErrors } = document.parseResult;
        if (lexerErrors.length > 0 || parserErrors.length > 0) {
            // A plan that does not parse is left as the user wrote it, never rearranged.
            return [];
        }
        const text = document.textDocument.getText();
        const layout = layoutPlan(document, this.lexer.tokenize(text).hidden);
        const replaced = layout.replacementFor(selection, text.length);
        if (!replaced || text.slice(replaced.from, replaced.to) === replaced.newText) {
            return [];
        }
        const textDocument = document.textDocument;
        return [TextEdit.replace({ start: textDocument.positionAt(replaced.from), end: textDocument.positionAt(replaced.to) }, replaced.newText)];
    }

    formatDocumentOnType(): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }
}

type Break = 'none' | 'space' | 'newline' | 'blank';

interface Piece {
    readonly text: string;
    break: Break;
    indent: number;
    readonly comment: 'trailing' | 'own-line' | undefined;
    /** The author left a blank line between the previous token and this one. */
    readonly blankInSource: boolean;
    /** Where the token or comment stands in the source. */
    readonly start: number;
    readonly end: number;
}

/** The formatted plan, and where each source token ends up in it. */
export interface PlanLayout {
    readonly text: string;
    /**
     * The edit that lays out the tokens between `selection.start` and `selection.end`: the
     * source from the end of the token before the first selected one to the end of the last
     * selected one, replaced by the same stretch of the formatted text. The whole document
     * (`0` to its length) is replaced by the whole formatted text.
     */
    replacementFor(selection: { start: number; end: number }, sourceLength: number): { from: number; to: number; newText: string } | undefined;
}

const LINE_UNIT_PROPERTIES: ReadonlySet<string> = new Set(['items', 'clauses', 'entries']);
const INDENT = '    ';

export function layoutPlan(document: LangiumDocument, comments: readonly IToken[]): PlanLayout {
    const text = document.textDocument.getText();
    const root = document.parseResult.value;
    const leaves = CstUtils.streamCst(root.$cstNode!).filter((node): node is LeafCstNode => isLeafCstNode(node) && !node.hidden).toArray();
    const lineUnits = collectLineUnits(root);

    const pieces: Piece[] = [];
    let previousEnd = 0;
    let unitDepth = 0;
    let commentIndex = 0;
    let previousCode: LeafCstNode | undefined;

    const pushComment = (comment: IToken, next: LeafCstNode | undefined) => {
        const gap = text.slice(previousEnd, comment.startOffset);
        const trailing = pieces.length > 0 && !/[\r\n]/.test(gap);
        const afterOpening = previousCode?.text === '{' && pieces.at(-1)?.comment === undefined;
        pieces.push({
            text: comment.image,
            break: trailing ? 'space' : (countLineBreaks(gap) > 1 && !afterOpening && pieces.length > 0 ? 'blank' : 'newline'),
            indent: next ? indentBefore(next) : 0,
            comment: trailing ? 'trailing' : 'own-line',
            blankInSource: countLineBreaks(gap) > 1,
            start: comment.startOffset,
            end: comment.endOffset! + 1
        });
        previousEnd = comment.endOffset! + 1;
    };

    const indentBefore = (leaf: LeafCstNode): number => {
        const unit = lineUnits.get(leaf.offset);
        if (unit) {
            return unit.depth;
        }
        if (leaf.text === '}') {
            return depthOf(leaf.astNode) + 1;
        }
        return unitDepth + 1;
    };

    for (const leaf of leaves) {
        while (commentIndex < comments.length && comments[commentIndex].startOffset < leaf.offset) {
            pushComment(comments[commentIndex++], leaf);
        }
        const gap = text.slice(previousEnd, leaf.offset);
        const unit = lineUnits.get(leaf.offset);
        let pieceBreak: Break;
        let indent: number;
        if (unit) {
            unitDepth = unit.depth;
            pieceBreak = pieces.length === 0 ? 'none' : unit.blankBefore ? 'blank' : 'newline';
            indent = unit.depth;
        } else if (leaf.text === '}') {
            pieceBreak = previousCode?.text === '{' && pieces.at(-1)?.comment === undefined ? 'none' : 'newline';
            indent = depthOf(leaf.astNode);
        } else {
            pieceBreak = leaf.text === ',' ? 'none' : 'space';
            indent = unitDepth + 1;
        }
        const blankInSource = countLineBreaks(gap) > 1;
        if (pieceBreak === 'newline' && blankInSource && pieces.at(-1)?.comment !== undefined) {
            // A blank line the author left below a comment stays: the comment is not about what follows.
            pieceBreak = 'blank';
        }
        pieces.push({ text: leaf.text, break: pieceBreak, indent, comment: undefined, blankInSource, start: leaf.offset, end: leaf.end });
        previousEnd = leaf.end;
        previousCode = leaf;
    }
    while (commentIndex < comments.length) {
        pushComment(comments[commentIndex++], undefined);
    }

    attachLeadingComments(pieces);
    const { output, ends } = render(pieces, text);
    return {
        text: output,
        replacementFor(selection, sourceLength) {
            if (selection.start <= 0 && selection.end >= sourceLength) {
                return { from: 0, to: sourceLength, newText: output };
            }
            const first = pieces.findIndex(piece => piece.start >= selection.start);
            const last = pieces.findLastIndex(piece => piece.end <= selection.end);
            if (first < 0 || last < first) {
                return undefined;
            }
            const from = first > 0 ? pieces[first - 1].end : 0;
            const outputFrom = first > 0 ? ends[first - 1] : 0;
            return { from, to: pieces[last].end, newText: output.slice(outputFrom, ends[last]) };
        }
    };
}

/**
 * Own-line comments belong to what follows them: the blank line that separates an element
 * from the one before goes above its comments, not between the comments and the element.
 */
function attachLeadingComments(pieces: Piece[]): void {
    for (let index = 0; index < pieces.length; index++) {
        const piece = pieces[index];
        if (piece.comment !== undefined || piece.break !== 'blank') {
            continue;
        }
        let first = index;
        while (first > 0 && pieces[first - 1].comment === 'own-line') {
            first--;
        }
        if (first < index) {
            if (first > 0) {
                pieces[first].break = 'blank';
            }
            piece.break = piece.blankInSource ? 'blank' : 'newline';
        }
    }
}

function render(pieces: readonly Piece[], source: string): { output: string; ends: number[] } {
    const eol = /\r\n|\r|\n/.exec(source)?.[0] ?? '\n';
    let output = source.startsWith('\uFEFF') ? '\uFEFF' : '';
    const ends: number[] = [];
    let previous: Piece | undefined;
    for (const piece of pieces) {
        let pieceBreak = piece.break;
        if (previous && isLineComment(previous) && (pieceBreak === 'none' || pieceBreak === 'space')) {
            // Nothing may follow a line comment on its line.
            pieceBreak = 'newline';
        }
        if (previous && !isLineComment(previous) && previous.comment === 'own-line' && (pieceBreak === 'none' || pieceBreak === 'space')) {
            pieceBreak = 'newline';
        }
        switch (previous ? pieceBreak : 'none') {
            case 'none':
                break;
            case 'space':
                output += ' ';
                break;
            case 'blank':
                output += eol;
            // falls through: a blank line is a line break plus one more
            case 'newline':
                output += eol + INDENT.repeat(piece.indent);
                break;
        }
        output += piece.text;
        ends.push(output.length);
        previous = piece;
    }
    return { output: output + eol, ends };
}

function isLineComment(piece: Piece): boolean {
    return piece.comment !== undefined && piece.text.startsWith('//');
}

interface LineUnit {
    readonly depth: number;
    readonly blankBefore: boolean;
}

/** Where each plan item and clause starts, how deep it sits, and whether a blank line goes before it. */
function collectLineUnits(root: AstNode): Map<number, LineUnit> {
    const units = new Map<number, LineUnit>();
    const visit = (node: AstNode, depth: number) => {
        if (node.$cstNode && (node === root || LINE_UNIT_PROPERTIES.has(node.$containerProperty ?? ''))) {
            units.set(node.$cstNode.offset, { depth, blankBefore: needsBlankBefore(node) });
        }
        for (const child of AstUtils.streamContents(node)) {
            visit(child, depth + 1);
        }
    };
    visit(root, 0);
    return units;
}

/** Blocks and elements stand apart; consecutive plan-level clauses stay together. */
function needsBlankBefore(node: AstNode): boolean {
    const plan = node.$container;
    if (!isPlan(plan) || node.$containerProperty !== 'items') {
        return false;
    }
    const index = plan.items.indexOf(node as typeof plan.items[number]);
    return index > 0 && (standsApart(node) || standsApart(plan.items[index - 1]));
}

function standsApart(node: AstNode): boolean {
    return isElement(node) || isAssessment(node) || isVision(node) || isProblem(node);
}

function depthOf(node: AstNode): number {
    let depth = 0;
    for (let container = node.$container; container; container = container.$container) {
        depth++;
    }
    return depth;
}

function countLineBreaks(gap: string): number {
    return gap.match(/\r\n|\r|\n/g)?.length ?? 0;
}
