import { EmptyFileSystem, URI } from 'langium';
import type { RuleSeverities } from '../analysis/rule-settings.js';
import { createClusterPlanCoreServices, type ClusterPlanCoreServices } from '../language/cluster-plan-module.js';
import type { DocumentFormat } from './formats.js';
import { planDocumentModel, renderDocument, type RenderOptions } from './plan-document.js';

/**
 * Renders plan documents from an editor's current text (saved or not), for the VS Code preview
 * and export and for the playground: the same parser, checks and document code as
 * `cplan generate`, with no round trip to the language server.
 */
let services: ClusterPlanCoreServices | undefined;
let counter = 0;

export type Rendering =
    | { readonly content: string | Uint8Array }
    | { readonly syntaxErrorCount: number };

export interface PlanTextOptions extends RenderOptions {
    /** The editor's rule settings, which the scorecard follows as the diagnostics do. */
    readonly severities?: RuleSeverities;
}

/** The core services of the editor's renderings, made on first use; the editor also parses with them (to find a part of a plan). */
export function planServices(): ClusterPlanCoreServices {
    return services ??= createClusterPlanCoreServices(EmptyFileSystem).ClusterPlan;
}

export async function renderPlanText(text: string, format: DocumentFormat, options: PlanTextOptions = {}): Promise<Rendering> {
    const services = planServices();
    services.plan.Settings.severities = options.severities ?? {};
    // Each rendering is its own in-memory document, so overlapping renderings never collide.
    const uri = URI.parse(`memory:///cluster-plan-preview/${counter++}.cplan`);
    const result = await planDocumentModel(services, text, uri);
    if ('syntaxErrors' in result) {
        return { syntaxErrorCount: result.syntaxErrors.length };
    }
    return { content: await renderDocument(result.model, format, options) };
}
