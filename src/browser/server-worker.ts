import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { DEFAULT_LOCALE, toLocale } from '../analysis/locale.js';
import { createClusterPlanServices } from '../lsp/cluster-plan-lsp-module.js';
import { followEditorSettings } from '../lsp/editor-settings.js';
import { EditorFileSystemProvider } from './editor-file-system.js';

/**
 * The language server in a browser Web Worker, for the playground and VS Code for the web:
 * the same services as the stdio server (src/server.ts), over the worker's messages. It reads
 * workspace files through the editor (src/browser/editor-file-system.ts).
 */
declare const self: Worker; // the worker's own scope, which posts and receives messages as a `Worker` does

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
const { shared, ClusterPlan } = createClusterPlanServices({ connection, fileSystemProvider: () => new EditorFileSystemProvider(connection) });

let editorLocale = DEFAULT_LOCALE;
shared.lsp.LanguageServer.onInitialize(params => {
    // The editor's display language; anything but English falls back to Korean.
    editorLocale = toLocale(params.locale);
    ClusterPlan.plan.Settings.locale = editorLocale;
});
followEditorSettings(shared, ClusterPlan, { editorLocale: () => editorLocale, warn: message => connection.console.warn(message) });

// A fault in one request must not take the server down with the user's document.
self.addEventListener('error', (event: ErrorEvent) => connection.console.error(`cplan: ${event.message}`));
self.addEventListener('unhandledrejection', event => connection.console.error(`cplan: ${String((event as PromiseRejectionEvent).reason)}`));

startLanguageServer(shared);
// Build the parser now: a page starts this worker before its editor is ready to connect, and
// building the parser is most of what the server does before it can check the first plan.
void ClusterPlan.parser.LangiumParser;

