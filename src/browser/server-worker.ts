import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createEditorServices } from '../lsp/editor-session.js';
import { EditorFileSystemProvider } from './editor-file-system.js';

/**
 * The language server in a browser Web Worker, for the playground and VS Code for the web:
 * the same services as the stdio server (src/server.ts), over the worker's messages. It reads
 * workspace files through the editor (src/browser/editor-file-system.ts).
 */
declare const self: Worker; // the worker's own scope, which posts and receives messages as a `Worker` does

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
// There are no rule pages in the package to link to here; VS Code for the web says where its own are.
const { shared, ClusterPlan } = createEditorServices({ connection, fileSystemProvider: () => new EditorFileSystemProvider(connection) });

// A fault in one request must not take the server down with the user's document.
self.addEventListener('error', (event: ErrorEvent) => connection.console.error(`cplan: ${event.message}`));
self.addEventListener('unhandledrejection', event => connection.console.error(`cplan: ${String((event as PromiseRejectionEvent).reason)}`));

startLanguageServer(shared);
// Build the parser now: a page starts this worker before its editor is ready to connect, and
// building the parser is most of what the server does before it can check the first plan.
void ClusterPlan.parser.LangiumParser;

