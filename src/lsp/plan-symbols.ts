import { GrammarUtils, type AstNode } from 'langium';
import { SymbolKind, type Range } from 'vscode-languageserver';
import type { ElementType } from './grammar-roles.js';

/** How each kind of element shows in the outline and in workspace symbol search. */
export const SYMBOL_KINDS: Readonly<Record<ElementType, SymbolKind>> = {
    Agency: SymbolKind.Class, Government: SymbolKind.Class, Champion: SymbolKind.Class,
    Institution: SymbolKind.Class, Firm: SymbolKind.Class, Industry: SymbolKind.Class,
    Fund: SymbolKind.Constant, Network: SymbolKind.Interface, Link: SymbolKind.Struct, Task: SymbolKind.Event
};

/** The range of a node's `name`, or of the whole node when it has none (e.g. while being typed). */
export function nameRange(node: AstNode): Range | undefined {
    return (GrammarUtils.findNodeForProperty(node.$cstNode, 'name') ?? node.$cstNode)?.range;
}
