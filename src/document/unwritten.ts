import { isAstNode, type AstNode } from 'langium';
import type { Locale } from '../analysis/locale.js';
import { isPlaceholder, trimWhiteSpace } from '../analysis/texts.js';
import { label } from './labels.js';

/**
 * The texts of a plan that are still unfilled placeholders (`"<지식재산 보호장치>"`), as the
 * quick fixes and the skeleton insert them. A walk of its own over the plan's properties: one
 * with Langium's tree streams and an array of entries per node made `cplan generate` of a
 * 2,000-line plan 5 ms slower.
 */
function placeholdersOf(root: AstNode): Set<string> {
    const found = new Set<string>();
    const visit = (node: AstNode): void => {
        for (const property in node) {
            if (property.startsWith('$')) {
                continue;
            }
            const value: unknown = node[property as keyof AstNode];
            if (typeof value === 'string') {
                if (value.includes('<') && isPlaceholder(value)) {
                    found.add(value);
                }
            } else if (Array.isArray(value)) {
                value.filter(isAstNode).forEach(visit);
            } else if (isAstNode(value)) {
                visit(value);
            }
        }
    };
    visit(root);
    return found;
}

/**
 * A document model in which every unfilled placeholder of the plan reads "미작성" with what
 * belongs there (`[미작성: 지식재산 보호장치]`), wherever the model shows it — a title, a table
 * cell, a caption — so that a draft is never printed as if it were written.
 */
export function markUnwritten<Model>(model: Model, plan: AstNode, locale: Locale): Model {
    const placeholders = [...placeholdersOf(plan)].sort((a, b) => b.length - a.length);
    if (placeholders.length === 0) {
        return model;
    }
    const marked = new Map(placeholders.map(text => [text, label('unwritten', locale, { what: trimWhiteSpace(text).slice(1, -1).trim() })]));
    const pattern = new RegExp(placeholders.map(escapeRegExp).join('|'), 'g');
    const visit = (value: unknown): unknown => {
        if (typeof value === 'string') {
            return value.replace(pattern, text => marked.get(text) ?? text);
        }
        if (Array.isArray(value)) {
            return value.map(visit);
        }
        if (value && typeof value === 'object') {
            return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, visit(inner)]));
        }
        return value;
    };
    return visit(model) as Model;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
