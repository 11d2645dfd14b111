import { GrammarUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { Plan } from '../grammar/generated/ast.js';

const INDENT_UNIT = '    ';

const hasLineBreak = (text: string) => /\r|\n/.test(text);

/**
 * A name for a new element that no element of the plan has yet. A stem that ends in a number
 * counts up from it (`T1`, `T2`, …); any other is tried as it is, then with 2, 3, … (`Agency`, `Agency2`).
 */
export function unusedName(stem: string, taken: { has(name: string): boolean }): string {
    const [, base, digits] = /^(.*?)(\d*)$/.exec(stem)!;
    let number = digits ? Number(digits) : 1;
    let name = stem;
    while (taken.has(name)) {
        name = `${base}${++number}`;
    }
    return name;
}

/**
 * Text edits on a plan that keep it well-formed and laid out like hand-written plans: clauses
 * go inside their block on a line of their own (or beside the others in a one-line block),
 * new plan items go next to items of the same kind, list values after the last value.
 */
export class PlanEdits {
    readonly edits: TextEdit[] = [];
    private readonly text: string;
    /** New lines are written with the line ends the file already uses. */
    private readonly lineEnd: string;

    constructor(private readonly document: LangiumDocument) {
        this.text = document.textDocument.getText();
        // CRLF, CR alone (old Mac files) or LF: the first line end the file has decides.
        this.lineEnd = /\r\n|\r|\n/.exec(this.text)?.[0] ?? '\n';
    }

    /** Puts a one-line clause into a node's `{ … }` block, creating the block when there is none. */
    addToBlock(node: AstNode, clause: string): this {
        const cst = node.$cstNode;
        if (!cst) {
            return this;
        }
        const open = GrammarUtils.findNodeForKeyword(cst, '{');
        const close = GrammarUtils.findNodesForKeyword(cst, '}').at(-1);
        if (!open || !close) {
            return this.insert(cst.end, ` { ${clause} }`);
        }
        if (!hasLineBreak(this.text.slice(open.end, close.offset))) {
            return this.insert(close.offset, /\s/.test(this.text[close.offset - 1]) ? `${clause} ` : ` ${clause} `);
        }
        const indent = this.indentOf(close.offset) + INDENT_UNIT;
        return this.insert(this.endOfContentBefore(close.offset), `\n${indent}${clause}`);
    }

    /**
     * Adds an item (a clause or a whole element, possibly several lines) to the plan: after
     * the last item of one of the given types, else after the last item that is not a waiver,
     * else at the top of the plan body.
     */
    addPlanItem(plan: Plan, item: string, after: readonly string[]): this {
        const anchor = plan.items.findLast(candidate => after.includes(candidate.$type))
            ?? plan.items.findLast(candidate => candidate.$type !== 'Waiver');
        const indent = plan.items[0]?.$cstNode ? this.indentOf(plan.items[0].$cstNode.offset) : INDENT_UNIT;
        const lines = item.split('\n').map(line => `${indent}${line}`).join('\n');
        const gap = item.includes('\n') || hasLineBreak(anchor?.$cstNode?.text ?? '') ? '\n\n' : '\n';
        if (anchor?.$cstNode) {
            return this.insert(this.endOfLineComment(anchor.$cstNode.end), `${gap}${lines}`);
        }
        const open = GrammarUtils.findNodeForKeyword(plan.$cstNode, '{');
        return open ? this.insert(open.end, `\n${lines}`) : this;
    }

    /** Adds a line just before the plan's closing brace, after everything else. */
    addAtPlanEnd(plan: Plan, item: string): this {
        const close = GrammarUtils.findNodesForKeyword(plan.$cstNode, '}').at(-1);
        if (!close) {
            return this;
        }
        const indent = plan.items[0]?.$cstNode ? this.indentOf(plan.items[0].$cstNode.offset) : INDENT_UNIT;
        return this.insert(this.endOfContentBefore(close.offset), `\n${indent}${item}`);
    }

    /** Appends values to a comma-separated list clause (`services venture` → `services venture, patent`). */
    appendToList(clause: AstNode, values: readonly string[]): this {
        return clause.$cstNode ? this.insert(clause.$cstNode.end, `, ${values.join(', ')}`) : this;
    }

    /**
     * Removes one item of a list clause (`after T1, T2` → `after T2`) with its comma; the
     * whole clause when it is the only one.
     */
    removeFromList(clause: AstNode, property: string, index: number): this {
        const items = GrammarUtils.findNodesForProperty(clause.$cstNode, property);
        const item = items[index];
        if (!item) {
            return this;
        }
        if (items.length === 1) {
            return this.remove(clause);
        }
        return index < items.length - 1
            ? this.edit(item.offset, items[index + 1].offset, '')
            : this.edit(items[index - 1].end, item.end, '');
    }

    /** Replaces the text of one property of a node (`value`, `end`, `rule`, …). */
    replaceProperty(node: AstNode, property: string, text: string): this {
        const target = GrammarUtils.findNodeForProperty(node.$cstNode, property);
        return target ? this.replace(target, text) : this;
    }

    /** Removes a node: with its line when nothing else stands on that line, else with the blanks after it. */
    remove(node: AstNode): this {
        const cst = node.$cstNode;
        if (!cst) {
            return this;
        }
        const lineStart = this.lineStartOf(cst.offset);
        const lineEnd = this.lineEndOf(cst.end);
        const alone = this.text.slice(lineStart, cst.offset).trim() === '' && this.text.slice(cst.end, lineEnd).trim() === '';
        const nextLine = lineEnd + (this.text.startsWith('\r\n', lineEnd) ? 2 : lineEnd < this.text.length ? 1 : 0);
        const blanksAfter = /^[ \t]*/.exec(this.text.slice(cst.end, lineEnd))![0].length;
        return alone ? this.edit(lineStart, nextLine, '') : this.edit(cst.offset, cst.end + blanksAfter, '');
    }

    /** Replaces the text of a range (a misspelt word, a unit written apart). */
    replaceRange(range: Range, text: string): this {
        const offset = (position: Range['start']) => this.document.textDocument.offsetAt(position);
        return this.edit(offset(range.start), offset(range.end), text);
    }

    private replace(cst: CstNode, text: string): this {
        return this.edit(cst.offset, cst.end, text);
    }

    private insert(offset: number, text: string): this {
        return this.edit(offset, offset, text);
    }

    private edit(start: number, end: number, newText: string): this {
        const position = (offset: number) => this.document.textDocument.positionAt(offset);
        this.edits.push({ range: { start: position(start), end: position(end) }, newText: newText.replaceAll('\n', this.lineEnd) });
        return this;
    }

    /** The whitespace before the first character of the line that holds `offset`. */
    private indentOf(offset: number): string {
        return /^[ \t]*/.exec(this.text.slice(this.lineStartOf(offset)))?.[0] ?? '';
    }

    /** The offset where the line holding `offset` starts, whatever its line ends. */
    private lineStartOf(offset: number): number {
        return Math.max(this.text.lastIndexOf('\n', offset - 1), this.text.lastIndexOf('\r', offset - 1)) + 1;
    }

    /** The offset of the line break that ends the line holding `offset`, or the end of the text. */
    private lineEndOf(offset: number): number {
        const match = /\r|\n/.exec(this.text.slice(offset));
        return match ? offset + match.index : this.text.length;
    }

    /** The end of the line when only blanks and a `// comment` follow `offset`, so the comment stays with its line. */
    private endOfLineComment(offset: number): number {
        const rest = this.text.slice(offset, this.lineEndOf(offset));
        return /^\s*\/\//.test(rest) ? offset + rest.trimEnd().length : offset;
    }

    /** The offset just after the last non-blank character before `offset`. */
    private endOfContentBefore(offset: number): number {
        let position = offset;
        while (position > 0 && /\s/.test(this.text[position - 1])) {
            position--;
        }
        return position;
    }
}
