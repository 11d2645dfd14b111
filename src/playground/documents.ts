import documentWorkerSource from 'playground:document-worker';
import type { DocumentFormat } from '../document/generate.js';
import type { Rendering } from '../extension/document-rendering.js';

export interface DocumentRequest {
    readonly id: number;
    readonly text: string;
    readonly format: DocumentFormat;
}

export type DocumentResponse =
    | { readonly id: number; readonly rendering: Rendering }
    | { readonly id: number; readonly failure: string };

/** Asks the document worker (src/playground/document-worker.ts) for the document of a plan text. */
export class DocumentRenderer {
    private readonly worker = startWorker(documentWorkerSource, 'cluster-plan-documents');
    private readonly pending = new Map<number, { resolve: (rendering: Rendering) => void; reject: (error: Error) => void }>();
    private nextId = 0;

    constructor() {
        this.worker.addEventListener('message', (event: MessageEvent<DocumentResponse>) => {
            const waiting = this.pending.get(event.data.id);
            this.pending.delete(event.data.id);
            if ('rendering' in event.data) {
                waiting?.resolve(event.data.rendering);
            } else {
                waiting?.reject(new Error(event.data.failure));
            }
        });
    }

    render(text: string, format: DocumentFormat): Promise<Rendering> {
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            this.worker.postMessage({ id, text, format } satisfies DocumentRequest);
        });
    }
}

/**
 * Starts a worker whose bundle is part of the page, from a blob URL: a page opened from
 * `file://` may not start a worker from a file, and nothing has to be fetched.
 */
export function startWorker(source: string, name: string): Worker {
    return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), { name });
}
