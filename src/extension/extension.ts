import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { NODE_FLAGS } from '../node-flags.js';
import { registerDocumentCommands } from './document-commands.js';
import type { ExtensionInitOptions } from '../language/extension-protocol.js';
import { extensionMessages } from './extension-messages.js';
import { NEW_PLAN_COMMAND, newPlan } from './new-plan-command.js';
import { SHOW_PLAN_PART_COMMAND, showPlanPart } from './plan-parts.js';
import { OPEN_RULE_PAGE_COMMAND, RULE_PAGE_LINKS, registerRulePages } from './rule-pages.js';
import { PlanScoreStatus } from './score-status.js';

/** The settings the language server follows (`clusterPlan.rules`, `clusterPlan.language`). */
export const SETTINGS_SECTION = 'clusterPlan';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    registerDocumentCommands(context);
    registerRulePages(context);
    context.subscriptions.push(
        vscode.commands.registerCommand(NEW_PLAN_COMMAND, newPlan),
        vscode.commands.registerCommand(SHOW_PLAN_PART_COMMAND, showPlanPart)
    );
    const serverModule = context.asAbsolutePath(path.join('out', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...NODE_FLAGS] } },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...NODE_FLAGS, '--nolazy', '--inspect=6009'] } }
    };
    const initializationOptions: ExtensionInitOptions = { planScores: true, rulePageLinks: RULE_PAGE_LINKS };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ language: 'cluster-plan' }],
        // Changes to clusterPlan.* reach the server, which rechecks the open plans at once.
        synchronize: { configurationSection: SETTINGS_SECTION },
        initializationOptions,
        // Hovers link rule pages through this one command; no other command runs from server text.
        markdown: { isTrusted: { enabledCommands: [OPEN_RULE_PAGE_COMMAND] } }
    };
    client = new LanguageClient('cluster-plan', 'Cluster Plan', serverOptions, clientOptions);
    context.subscriptions.push(new PlanScoreStatus(client));
    context.subscriptions.push(vscode.commands.registerCommand('clusterPlan.restartServer', async () => {
        await client?.restart();
        void vscode.window.showInformationMessage(extensionMessages.serverRestarted());
    }));
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
