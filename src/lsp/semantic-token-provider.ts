import { AstUtils, CstUtils, GrammarAST, isLeafCstNode, isReference, type AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isElement } from '../grammar/generated/ast.js';
import { ACTOR_TYPES, isValueKeyword } from './grammar-roles.js';

/**
 * The legend: standard token types, so that every colour theme tells them apart —
 * actors as classes, tasks as functions, funds/networks/links as structs, picked values
 * (`tier global`, `goals talent`) as enum members. Keywords, strings and numbers are left to
 * the TextMate grammar.
 */
export const PLAN_TOKEN_TYPES: Readonly<Record<string, number>> = {
    [SemanticTokenTypes.class]: 0,
    [SemanticTokenTypes.function]: 1,
    [SemanticTokenTypes.struct]: 2,
    [SemanticTokenTypes.enumMember]: 3
};

export const PLAN_TOKEN_MODIFIERS: Readonly<Record<string, number>> = {
    [SemanticTokenModifiers.declaration]: 1 << 0
};

function tokenTypeOf(elementType: string): SemanticTokenTypes {
    if (ACTOR_TYPES.has(elementType)) {
        return SemanticTokenTypes.class;
    }
    return elementType === 'Task' ? SemanticTokenTypes.function : SemanticTokenTypes.struct;
}

export class PlanSemanticTokenProvider extends AbstractSemanticTokenProvider {
    override get tokenTypes(): Record<string, number> {
        return { ...PLAN_TOKEN_TYPES };
    }

    override get tokenModifiers(): Record<string, number> {
        return { ...PLAN_TOKEN_MODIFIERS };
    }

    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (isElement(node) && node.name) {
            acceptor({ node, property: 'name', type: tokenTypeOf(node.$type), modifier: SemanticTokenModifiers.declaration });
        }
        for (const { reference } of AstUtils.streamReferences(node)) {
            const target = isReference(reference) ? reference.ref : undefined;
            if (target && reference.$refNode) {
                acceptor({ cst: reference.$refNode, type: tokenTypeOf(target.$type) });
            }
        }
        if (node.$cstNode) {
            for (const leaf of CstUtils.streamCst(node.$cstNode)) {
                if (isLeafCstNode(leaf) && leaf.astNode === node && GrammarAST.isKeyword(leaf.grammarSource) && isValueKeyword(leaf.grammarSource)) {
                    acceptor({ cst: leaf, type: SemanticTokenTypes.enumMember });
                }
            }
        }
    }
}
