import * as vscode from 'vscode';
import { findRule } from '../analysis/catalogue.js';
import { chooseLocale, toLocale, type Locale } from '../analysis/locale.js';
import type { ExtensionInitOptions } from '../language/extension-protocol.js';
import { extensionMessages } from './extension-messages.js';
import { renderRulePageHtml } from './rule-page-html.js';

/**
 * Rule pages inside the editor. A diagnostic's "learn more" link is `cluster-plan-rule:/<id>`:
 * the editor opens such a link as an editor, and this read-only custom editor (registered for
 * that scheme alone) shows the rule's page, rendered from the catalogue bundled in the
 * extension in the editor's language. Nothing is read from disk or the network. Links in
 * hovers, where the editor allows no such scheme, run the command instead.
 */
export const RULE_PAGE_SCHEME = 'cluster-plan-rule';
export const RULE_PAGE_VIEW_TYPE = 'clusterPlan.rulePage';
export const OPEN_RULE_PAGE_COMMAND = 'clusterPlan.openRulePage';

/** What the language server is asked to link rule pages to. */
export const RULE_PAGE_LINKS: NonNullable<ExtensionInitOptions['rulePageLinks']> = {
    diagnostic: `${RULE_PAGE_SCHEME}:/{id}`,
    markdown: `command:${OPEN_RULE_PAGE_COMMAND}?${encodeURIComponent('["{id}"]').replace('%7Bid%7D', '{id}')}`
};

/** The display language of the extension's texts: `clusterPlan.language`, or the editor's. */
export function editorLocale(): Locale {
    return chooseLocale(vscode.workspace.getConfiguration('clusterPlan').get('language'), toLocale(vscode.env.language));
}

export function registerRulePages(context: vscode.ExtensionContext): void {
    context.subscriptions.push(
        vscode.window.registerCustomEditorProvider(RULE_PAGE_VIEW_TYPE, new RulePageEditor(), {
            webviewOptions: { enableFindWidget: true }
        }),
        vscode.commands.registerCommand(OPEN_RULE_PAGE_COMMAND, (ruleId: unknown) =>
            vscode.commands.executeCommand('vscode.openWith', vscode.Uri.from({ scheme: RULE_PAGE_SCHEME, path: `/${String(ruleId)}` }), RULE_PAGE_VIEW_TYPE))
    );
}

class RulePageEditor implements vscode.CustomReadonlyEditorProvider {
    openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
        return { uri, dispose: () => undefined };
    }

    resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): void {
        panel.webview.options = { enableScripts: false, localResourceRoots: [] };
        const rule = findRule(decodeURIComponent(document.uri.path.replace(/^\//, '')));
        panel.webview.html = rule
            ? renderRulePageHtml(rule, editorLocale())
            : `<!DOCTYPE html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><p>${extensionMessages.noSuchRule()}</p>`;
    }
}
