import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { registerDocumentCommands } from './document-commands.js';
import { registerKeywordCommands } from './keyword-commands.js';
import type { DocumentWriter } from './document-export.js';
import { extensionMessages } from './extension-messages.js';

/** The settings the language server follows (`clusterPlan.rules`, `clusterPlan.language`). */
export const SETTINGS_SECTION = 'clusterPlan';

export const CLIENT_OPTIONS: LanguageClientOptions = {
    documentSelector: [{ language: 'cluster-plan' }],
    // Changes to clusterPlan.* reach the server, which rechecks the open plans at once.
    synchronize: { configurationSection: SETTINGS_SECTION }
};

/**
 * What the extension does in desktop VS Code and in VS Code for the web alike: the document
 * commands, the restart command, and starting the language client (which each entry creates
 * for its own kind of server: a Node process or a Web Worker).
 */
export async function startClusterPlan(
    context: vscode.ExtensionContext,
    client: BaseLanguageClient,
    host: { readonly restart: () => Promise<void>; readonly writeDocument: DocumentWriter }
): Promise<void> {
    registerDocumentCommands(context, host.writeDocument);
    registerKeywordCommands(context);
    context.subscriptions.push(vscode.commands.registerCommand('clusterPlan.restartServer', async () => {
        await host.restart();
        void vscode.window.showInformationMessage(extensionMessages.serverRestarted());
    }));
    await client.start();
}
