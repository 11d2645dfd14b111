import { AstUtils, type LangiumDocuments, type ServiceRegistry } from 'langium';
import type { FuzzyMatcher, LangiumSharedServices, WorkspaceSymbolProvider } from 'langium/lsp';
import type { WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver';
import { ELEMENT_KIND_LABELS } from '../analysis/vocabulary.js';
import type { ClusterPlanServices } from './cluster-plan-lsp-module.js';
import { isElement, isPlan } from '../grammar/generated/ast.js';
import type { ElementType } from './grammar-roles.js';
import { nameRange, SYMBOL_KINDS } from './plan-symbols.js';

/**
 * Finds elements by name across every plan in the workspace. Names are local to their plan,
 * so they are not in Langium's global index; each plan is searched directly, and a symbol
 * names the plan it belongs to.
 */
export class PlanWorkspaceSymbolProvider implements WorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;
    private readonly registry: ServiceRegistry;
    private readonly fuzzyMatcher: FuzzyMatcher;

    constructor(services: LangiumSharedServices) {
        this.documents = services.workspace.LangiumDocuments;
        this.registry = services.ServiceRegistry;
        this.fuzzyMatcher = services.lsp.FuzzyMatcher;
    }

    getSymbols(params: WorkspaceSymbolParams): WorkspaceSymbol[] {
        const symbols: WorkspaceSymbol[] = [];
        for (const document of this.documents.all) {
            const plan = document.parseResult.value;
            if (!isPlan(plan)) {
                continue;
            }
            const locale = (this.registry.getServices(document.uri) as ClusterPlanServices).plan.Settings.locale;
            for (const element of AstUtils.streamContents(plan).filter(isElement)) {
                const range = nameRange(element);
                if (!element.name || !range || !this.matches(params.query, element.name, element.title)) {
                    continue;
                }
                const type = element.$type as ElementType;
                symbols.push({
                    name: element.name,
                    kind: SYMBOL_KINDS[type],
                    containerName: `${ELEMENT_KIND_LABELS[type][locale]} · ${element.title} — ${plan.name}`,
                    location: { uri: document.uri.toString(), range }
                });
            }
        }
        return symbols;
    }

    /** By name as programmers search (`bmba` finds `BMBA`), or by any part of the Korean title. */
    private matches(query: string, name: string, title: string): boolean {
        return this.fuzzyMatcher.match(query, name) || (query.length > 0 && (title ?? '').includes(query));
    }
}
