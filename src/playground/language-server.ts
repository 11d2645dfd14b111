import type { Transport } from '@codemirror/lsp-client';
import languageServerSource from 'playground:language-server';
import { startWorker } from './documents.js';

/**
 * The language server (src/browser/server-worker.ts, the same bundle as in VS Code for the
 * web) in a Web Worker. It is started as soon as the page's script runs, before the editor is
 * built, because its start-up is most of the time to the first diagnostics.
 */
export const languageServer = startWorker(languageServerSource, 'cluster-plan-language-server');

/** CodeMirror's LSP client speaks JSON text; the worker's connection posts the messages as objects. */
export function workerTransport(worker: Worker): Transport {
    const handlers = new Set<(message: string) => void>();
    worker.addEventListener('message', event => {
        const message = JSON.stringify(event.data);
        handlers.forEach(handler => handler(message));
    });
    return {
        send: message => worker.postMessage(JSON.parse(message)),
        subscribe: handler => handlers.add(handler),
        unsubscribe: handler => handlers.delete(handler)
    };
}
