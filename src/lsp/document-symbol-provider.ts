import { GrammarUtils, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { fillTemplate, type Locale } from '../analysis/locale.js';
import { ELEMENT_KIND_LABELS, valueLabel } from '../analysis/vocabulary.js';
import type { ClusterPlanServices } from './cluster-plan-lsp-module.js';
import { isAssessment, isElement, isProblem, isVision, type Element, type Plan, type PlanItem } from '../grammar/generated/ast.js';
import type { PlanSettings } from '../language/settings.js';
import { OUTLINE_TEXTS } from './editor-texts.js';
import { ELEMENT_TYPES } from './grammar-roles.js';
import { nameRange, SYMBOL_KINDS } from './plan-symbols.js';

/**
 * The outline follows the roadmap: the assessment and the vision, then one group per kind of
 * element (agencies, institutions, funds, …, tasks) holding its elements with their titles,
 * then the systemic problems.
 */
export class PlanDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly settings: PlanSettings;

    constructor(services: ClusterPlanServices) {
        this.settings = services.plan.Settings;
    }

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const plan = document.parseResult.value as Plan;
        const planRange = plan.$cstNode?.range;
        if (!planRange) {
            return [];
        }
        const locale = this.settings.locale;
        const items = plan.items.filter(item => item.$cstNode !== undefined);
        const children = [
            ...items.filter(item => isAssessment(item) || isVision(item)).map(item => this.blockSymbol(item, locale)),
            ...ELEMENT_TYPES.flatMap(type => this.groupSymbol(items.filter((item): item is Element => isElement(item) && item.$type === type), locale)),
            ...items.filter(isProblem).map(item => this.blockSymbol(item, locale))
        ].filter((symbol): symbol is DocumentSymbol => symbol !== undefined);
        return [{
            name: plan.name || '—',
            detail: plan.title,
            kind: SymbolKind.Module,
            range: planRange,
            selectionRange: nameRange(plan) ?? planRange,
            children
        }];
    }

    private groupSymbol(elements: readonly Element[], locale: Locale): DocumentSymbol[] {
        if (elements.length === 0) {
            return [];
        }
        const type = elements[0].$type;
        const first = elements[0].$cstNode!.range;
        const last = elements.at(-1)!.$cstNode!.range;
        return [{
            name: fillTemplate(OUTLINE_TEXTS.group[locale], { kind: ELEMENT_KIND_LABELS[type][locale], count: String(elements.length) }),
            kind: SymbolKind.Namespace,
            range: { start: first.start, end: last.end },
            selectionRange: nameRange(elements[0]) ?? first,
            children: elements.map(element => ({
                name: element.name || '—',
                detail: element.title,
                kind: SYMBOL_KINDS[type],
                range: element.$cstNode!.range,
                selectionRange: nameRange(element) ?? element.$cstNode!.range
            }))
        }];
    }

    private blockSymbol(item: PlanItem, locale: Locale): DocumentSymbol | undefined {
        const range = item.$cstNode!.range;
        const keywordRange = (keyword: string) => GrammarUtils.findNodeForKeyword(item.$cstNode, keyword)?.range ?? range;
        if (isAssessment(item)) {
            return { name: OUTLINE_TEXTS.assessment[locale], kind: SymbolKind.Namespace, range, selectionRange: keywordRange('assessment') };
        }
        if (isVision(item)) {
            return { name: OUTLINE_TEXTS.vision[locale], detail: item.statement, kind: SymbolKind.Namespace, range, selectionRange: keywordRange('vision') };
        }
        if (isProblem(item)) {
            const kind = valueLabel(item.kind, locale, { rule: 'ProblemKind' }) ?? item.kind;
            return {
                name: fillTemplate(OUTLINE_TEXTS.problem[locale], { kind }), detail: item.description,
                kind: SymbolKind.Namespace, range, selectionRange: keywordRange('problem')
            };
        }
        return undefined;
    }
}
