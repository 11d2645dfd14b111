import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { CLIENT_OPTIONS, startClusterPlan } from '../extension/client-activation.js';
import { writePlanThroughEditor } from '../extension/new-plan-command.js';
import { READ_DIRECTORY, READ_FILE, STAT, type EditorFileEntry, type StatResult, type UriParams } from './protocol.js';

let client: LanguageClient | undefined;

/**
 * VS Code for the web (vscode.dev, github.dev): the same client, with the language server
 * (out/browser/server-worker.js) in a Web Worker. The worker reads the workspace's other
 * plans through VS Code's file system API, whatever the workspace's scheme.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const serverScript = vscode.Uri.joinPath(context.extensionUri, 'out', 'browser', 'server-worker.js').toString(true);
    // A new worker for every start, so that restarting the server starts it afresh.
    const languageClient = new LanguageClient('cluster-plan', 'Cluster Plan', async () => new Worker(serverScript), CLIENT_OPTIONS);
    client = languageClient;
    languageClient.onRequest(READ_DIRECTORY, ({ uri }: UriParams) => readDirectory(vscode.Uri.parse(uri)));
    languageClient.onRequest(STAT, ({ uri }: UriParams) => stat(vscode.Uri.parse(uri)));
    languageClient.onRequest(READ_FILE, async ({ uri }: UriParams) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(uri))));
    await startClusterPlan(context, languageClient, {
        restart: async () => {
            await languageClient.stop();
            await languageClient.start();
        },
        documentExports: {
            write: (target, bytes) => vscode.workspace.fs.writeFile(target, bytes),
            // DOCX and HWPX draw their figures with resvg, which runs under Node, not in a Web Worker;
            // `cplan generate` and the desktop editor write them.
            formats: ['html', 'md']
        },
        writePlanFile: writePlanThroughEditor
    });
}

export async function deactivate(): Promise<void> {
    await client?.stop();
}

async function readDirectory(folder: vscode.Uri): Promise<EditorFileEntry[]> {
    const entries = await vscode.workspace.fs.readDirectory(folder);
    return Promise.all(entries.map(async ([name, type]) => {
        const uri = vscode.Uri.joinPath(folder, name);
        const entry = { uri: uri.toString(), isFile: (type & vscode.FileType.File) !== 0, isDirectory: (type & vscode.FileType.Directory) !== 0 };
        // Plans carry their size, so that the server leaves out files too large to be plans (src/language/plan-limits.ts).
        return entry.isFile && name.endsWith('.cplan') ? { ...entry, size: (await vscode.workspace.fs.stat(uri)).size } : entry;
    }));
}

async function stat(uri: vscode.Uri): Promise<StatResult> {
    try {
        const { type, size } = await vscode.workspace.fs.stat(uri);
        return { uri: uri.toString(), isFile: (type & vscode.FileType.File) !== 0, isDirectory: (type & vscode.FileType.Directory) !== 0, size };
    } catch {
        return null;
    }
}
