import { EmptyFileSystem, URI } from 'langium';
import * as vscode from 'vscode';
import { parseRuleSettings } from '../analysis/rule-settings.js';
import { planDocumentModel, renderDocument, type DocumentFormat } from '../document/plan-document.js';
import type { WebviewEmbedding } from '../document/render/html.js';
import { createClusterPlanCoreServices, type ClusterPlanCoreServices } from '../language/cluster-plan-module.js';

/**
 * Renders plan documents inside the extension host, from the editor's current text (saved
 * or not): the same parser, checks and document code as `cplan generate`, bundled into the
 * extension, so the preview needs no round trip to the language server.
 */
let services: ClusterPlanCoreServices | undefined;
let counter = 0;

export type Rendering =
    | { readonly content: string | Uint8Array }
    | { readonly syntaxErrorCount: number };

/** The core services of the extension host, made on first use. */
export function planServices(): ClusterPlanCoreServices {
    return services ??= createClusterPlanCoreServices(EmptyFileSystem).ClusterPlan;
}

export async function renderPlanText(text: string, format: DocumentFormat, webview?: WebviewEmbedding): Promise<Rendering> {
    const services = planServices();
    // The scorecard follows the editor's rule settings, as the diagnostics and the code lens do.
    services.plan.Settings.severities = parseRuleSettings(vscode.workspace.getConfiguration('clusterPlan').get('rules')).severities;
    // Each rendering is its own in-memory document, so overlapping renderings never collide.
    const uri = URI.parse(`memory:///cluster-plan-preview/${counter++}.cplan`);
    const result = await planDocumentModel(services, text, uri);
    if ('syntaxErrors' in result) {
        return { syntaxErrorCount: result.syntaxErrors.length };
    }
    return { content: await renderDocument(result.model, format, webview) };
}
