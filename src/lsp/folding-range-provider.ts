import { AstUtils, GrammarUtils, type LangiumDocument, type Lexer } from 'langium';
import type { FoldingRangeProvider, LangiumServices } from 'langium/lsp';
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver';

/**
 * Folds every `{ … }` block (the plan, elements, assessment, vision, problems, tasks) so
 * that the closing brace stays visible, and every block comment that spans lines.
 */
export class PlanFoldingRangeProvider implements FoldingRangeProvider {
    private readonly lexer: Lexer;

    constructor(services: LangiumServices) {
        this.lexer = services.parser.Lexer;
    }

    getFoldingRanges(document: LangiumDocument): FoldingRange[] {
        const ranges: FoldingRange[] = [];
        for (const node of AstUtils.streamAst(document.parseResult.value)) {
            const open = GrammarUtils.findNodeForKeyword(node.$cstNode, '{');
            const close = GrammarUtils.findNodeForKeyword(node.$cstNode, '}');
            if (open && close && close.range.start.line - 1 > open.range.start.line) {
                ranges.push(FoldingRange.create(open.range.start.line, close.range.start.line - 1));
            }
        }
        const text = document.textDocument.getText();
        for (const comment of this.lexer.tokenize(text).hidden) {
            const start = document.textDocument.positionAt(comment.startOffset);
            const end = document.textDocument.positionAt(comment.endOffset! + 1);
            if (comment.image.startsWith('/*') && end.line > start.line) {
                ranges.push(FoldingRange.create(start.line, end.line, undefined, undefined, FoldingRangeKind.Comment));
            }
        }
        return ranges.sort((a, b) => a.startLine - b.startLine);
    }
}
