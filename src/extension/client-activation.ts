import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { registerDocumentCommands, SHOW_SCORECARD_COMMAND } from './document-commands.js';
import { registerKeywordCommands } from './keyword-commands.js';
import type { DocumentExports } from './document-export.js';
import type { ExtensionInitOptions } from '../language/extension-protocol.js';
import { extensionMessages } from './extension-messages.js';
import { NEW_PLAN_COMMAND, newPlan, type PlanFileWriter } from './new-plan-command.js';
import { SHOW_PLAN_PART_COMMAND, showPlanPart } from './plan-parts.js';
import { OPEN_RULE_PAGE_COMMAND, RULE_PAGE_LINKS, registerRulePages } from './rule-pages.js';
import { PlanScoreStatus } from './score-status.js';

/** The settings the language server follows (`clusterPlan.rules`, `clusterPlan.language`). */
export const SETTINGS_SECTION = 'clusterPlan';

/** Asked of the server beyond LSP (src/language/extension-protocol.ts): plan scores, and rule-page links the extension opens. */
const INITIALIZATION_OPTIONS: ExtensionInitOptions = { planScores: true, rulePageLinks: RULE_PAGE_LINKS, scorecardLink: `command:${SHOW_SCORECARD_COMMAND}` };

export const CLIENT_OPTIONS: LanguageClientOptions = {
    documentSelector: [{ language: 'cluster-plan' }],
    // Changes to clusterPlan.* reach the server, which rechecks the open plans at once.
    synchronize: { configurationSection: SETTINGS_SECTION },
    initializationOptions: INITIALIZATION_OPTIONS,
    // Hovers link rule pages and the scorecard through these two commands; no other command runs from server text.
    markdown: { isTrusted: { enabledCommands: [OPEN_RULE_PAGE_COMMAND, SHOW_SCORECARD_COMMAND] } }
};

/**
 * What the extension does in desktop VS Code and in VS Code for the web alike: the document
 * commands, "New plan", the rule pages, the score in the status bar, the restart command, and
 * starting the language client (which each entry creates for its own kind of server: a Node
 * process or a Web Worker).
 */
export async function startClusterPlan(
    context: vscode.ExtensionContext,
    client: BaseLanguageClient,
    host: { readonly restart: () => Promise<void>; readonly documentExports: DocumentExports; readonly writePlanFile: PlanFileWriter }
): Promise<void> {
    registerDocumentCommands(context, host.documentExports);
    registerKeywordCommands(context);
    registerRulePages(context);
    context.subscriptions.push(
        vscode.commands.registerCommand(NEW_PLAN_COMMAND, () => newPlan(host.writePlanFile)),
        vscode.commands.registerCommand(SHOW_PLAN_PART_COMMAND, showPlanPart),
        new PlanScoreStatus(client)
    );
    context.subscriptions.push(vscode.commands.registerCommand('clusterPlan.restartServer', async () => {
        await host.restart();
        void vscode.window.showInformationMessage(extensionMessages.serverRestarted());
    }));
    await client.start();
}
