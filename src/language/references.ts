import {
    Cancellation, DefaultLinker, DefaultReferenceDescriptionProvider, interruptAndCheck, isAstNode, isMultiReference,
    isReference, type AstNode, type LangiumDocument, type ReferenceDescription, type ReferenceInfo
} from 'langium';

/**
 * Linking and the reference index (for find-references and rename) both walk the whole
 * document. Langium's walk builds a stream per node and awaits a cancellation check per node;
 * on a plan of thousands of lines that cost more than resolving the names. These walk each
 * top-level item's subtree in one plain pass, in the same order (depth first, a node's
 * references before its children), and check for cancellation once per item.
 */

type Visit = (info: ReferenceInfo) => void;

/** Visits the references held by `node` itself and returns its child nodes. */
function ownReferences(node: AstNode, visit: Visit): AstNode[] {
    const children: AstNode[] = [];
    for (const property of Object.keys(node)) {
        if (property.startsWith('$')) {
            continue;
        }
        const value = (node as unknown as Record<string, unknown>)[property];
        if (Array.isArray(value)) {
            value.forEach((item: unknown, index) => {
                if (isReference(item) || isMultiReference(item)) {
                    visit({ reference: item, container: node, property, index });
                } else if (isAstNode(item)) {
                    children.push(item);
                }
            });
        } else if (isReference(value) || isMultiReference(value)) {
            visit({ reference: value, container: node, property });
        } else if (isAstNode(value)) {
            children.push(value);
        }
    }
    return children;
}

function forEachReference(node: AstNode, visit: Visit): void {
    for (const child of ownReferences(node, visit)) {
        forEachReference(child, visit);
    }
}

async function forEachReferenceInDocument(document: LangiumDocument, cancelToken: Cancellation.CancellationToken, visit: Visit): Promise<void> {
    for (const item of ownReferences(document.parseResult.value, visit)) {
        await interruptAndCheck(cancelToken);
        forEachReference(item, visit);
    }
}

export class PlanLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) {
            // Langium's own walk records what the profiler reports.
            return super.link(document, cancelToken);
        }
        await forEachReferenceInDocument(document, cancelToken, info => this.doLink(info, document));
    }
}

export class PlanReferenceDescriptionProvider extends DefaultReferenceDescriptionProvider {
    override async createDescriptions(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<ReferenceDescription[]> {
        const descriptions: ReferenceDescription[] = [];
        await forEachReferenceInDocument(document, cancelToken, info => {
            if (!info.reference.error) {
                descriptions.push(...this.createInfoDescriptions(info));
            }
        });
        return descriptions;
    }
}
