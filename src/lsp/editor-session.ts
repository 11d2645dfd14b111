import type { DefaultSharedModuleContext, LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { DEFAULT_LOCALE, toLocale } from '../analysis/locale.js';
import type { ExtensionInitOptions } from '../language/extension-protocol.js';
import { createClusterPlanServices, type ClusterPlanServices } from './cluster-plan-lsp-module.js';
import { followEditorSettings } from './editor-settings.js';
import type { PlanCommandHandler } from './fill-in.js';
import { sendPlanScores } from './plan-scores.js';
import { EditorRuleDocLinks } from './rule-docs-link.js';

/**
 * The language server's services, set up for the editor that starts it, over stdio
 * (src/server.ts) or in a Web Worker (src/browser/server-worker.ts) alike: it speaks the editor's display language
 * (anything but English falls back to Korean) and follows its settings, uses what the editor
 * can do (select a blank, snippet edits), and gives the VS Code extension what it asks for
 * beyond LSP: rule-page links it opens itself and the plan's score after every check. Other
 * editors ask for none of it.
 */
export function createEditorServices(context: DefaultSharedModuleContext & { readonly connection: Connection }): { shared: LangiumSharedServices; ClusterPlan: ClusterPlanServices } {
    const ruleDocLinks = new EditorRuleDocLinks();
    const { shared, ClusterPlan: services } = createClusterPlanServices(context, { plan: { RuleDocLinks: () => ruleDocLinks } });
    const { connection } = context;
    let editorLocale = DEFAULT_LOCALE;
    shared.lsp.LanguageServer.onInitialize(params => {
        editorLocale = toLocale(params.locale);
        services.plan.Settings.locale = editorLocale;
        const options = params.initializationOptions as ExtensionInitOptions | undefined;
        ruleDocLinks.followEditor(options);
        const commands = shared.lsp.ExecuteCommandHandler as PlanCommandHandler;
        commands.selectsText = params.capabilities.window?.showDocument?.support === true;
        commands.editsWithSnippets = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
        if (options?.planScores === true) {
            sendPlanScores(shared, services, connection);
        }
    });
    followEditorSettings(shared, services, { editorLocale: () => editorLocale, warn: message => connection.console.warn(message) });
    return { shared, ClusterPlan: services };
}
