import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { NODE_FLAGS } from '../node-flags.js';
import { writeNewPlan } from '../new-plan/plan-file.js';
import { CLIENT_OPTIONS, startClusterPlan } from './client-activation.js';
import { DESKTOP_DOCUMENT_EXPORTS } from './desktop-exports.js';
import { writePlanThroughEditor } from './new-plan-command.js';

let client: LanguageClient | undefined;

/** Desktop VS Code: the language server runs as a Node process (out/server.cjs). */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const serverModule = context.asAbsolutePath(path.join('out', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...NODE_FLAGS] } },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...NODE_FLAGS, '--nolazy', '--inspect=6009'] } }
    };
    const languageClient = new LanguageClient('cluster-plan', 'Cluster Plan', serverOptions, CLIENT_OPTIONS);
    client = languageClient;
    await startClusterPlan(context, languageClient, {
        restart: () => languageClient.restart(),
        documentExports: DESKTOP_DOCUMENT_EXPORTS,
        // A new plan in a local folder never goes over a file, as `cplan init` writes it.
        writePlanFile: (target, text) => target.scheme === 'file' ? writeNewPlan(target.fsPath, text) : writePlanThroughEditor(target, text)
    });
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}
