import {
    AstUtils, Cancellation, DefaultScopeComputation, DefaultScopeProvider, DocumentCache, EMPTY_SCOPE, EMPTY_STREAM, interruptAndCheck,
    MultiMap, stream, type AstNode, type AstNodeDescription, type LangiumCoreServices, type LangiumDocument,
    type LocalSymbols, type ReferenceInfo, type Scope, type Stream
} from 'langium';
import { nameKey } from '../analysis/names.js';
import { isPlan } from '../grammar/generated/ast.js';

/** Plan names are local to their file: nothing is exported to other documents. */
export class PlanScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(): Promise<AstNodeDescription[]> {
        return [];
    }

    /**
     * Only the plan's own items are in scope (see `PlanScopeProvider`), so only they are
     * visited, not every node of the document: a quarter of the cost of checking a folder.
     */
    override async collectLocalSymbols(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<LocalSymbols> {
        const root = document.parseResult.value;
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        for (const item of isPlan(root) ? root.items : []) {
            await interruptAndCheck(cancelToken);
            this.addLocalSymbol(item, document, symbols);
        }
        return symbols;
    }
}

/**
 * Resolves a reference against a name index built once per document and target kind, so
 * linking stays linear in the size of the plan (the default scope searches a list per
 * reference). Only the plan's own elements are in scope; there is no global scope.
 */
export class PlanScopeProvider extends DefaultScopeProvider {
    private readonly scopesByKind: DocumentCache<string, Scope>;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.scopesByKind = new DocumentCache(services.shared);
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const document = AstUtils.getDocument(context.container);
        return this.scopesByKind.get(document.uri, referenceType, () => this.buildScope(document, referenceType));
    }

    private buildScope(document: LangiumDocument, referenceType: string): Scope {
        const root = document.parseResult.value;
        const symbols = document.localSymbols;
        if (!symbols?.has(root)) {
            return EMPTY_SCOPE;
        }
        return new NameScope(symbols.getStream(root)
            .filter(description => this.reflection.isSubtype(description.type, referenceType)));
    }
}

/**
 * The elements of one kind by name, names compared after NFC (`nameKey`): a reference typed
 * in decomposed Hangul finds the element declared composed, and the other way round. As in
 * the duplicate-name check, the first declaration of a name wins.
 */
class NameScope implements Scope {
    private readonly byName = new Map<string, AstNodeDescription>();

    constructor(descriptions: Stream<AstNodeDescription>) {
        for (const description of descriptions) {
            const key = nameKey(description.name);
            if (!this.byName.has(key)) {
                this.byName.set(key, description);
            }
        }
    }

    getElement(name: string): AstNodeDescription | undefined {
        return this.byName.get(nameKey(name));
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const element = this.getElement(name);
        return element ? stream([element]) : EMPTY_STREAM;
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.byName.values());
    }
}
