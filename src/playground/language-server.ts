import type { Transport } from '@codemirror/lsp-client';

declare global {
    interface Window {
        /** The language server's worker, started by the page's first script (src/playground/start-language-server.ts). */
        clusterPlanLanguageServer?: Worker;
    }
}

export const LANGUAGE_SERVER_NAME = 'cluster-plan-language-server';

/** The connection to the language server that the page's first script started; `onFailure` hears when it cannot run. */
export function languageServerTransport(onFailure: (message: string) => void): Transport {
    const worker = window.clusterPlanLanguageServer;
    if (!worker) {
        throw new Error('The language server was not started: index.html loads language-server.js before playground.js.');
    }
    worker.addEventListener('error', event => onFailure(event.message || 'the language server stopped'));
    return workerTransport(worker);
}

/** CodeMirror's LSP client speaks JSON text; the worker's connection posts the messages as objects. */
function workerTransport(worker: Worker): Transport {
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
