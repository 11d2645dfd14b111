import documentWorkerSource from 'playground:document-worker';
import type { DocumentFormat } from '../document/formats.js';
import type { Rendering } from '../document/render-plan-text.js';
import { rasterizeOnCanvas } from './canvas-rasterizer.js';
import { startWorker } from './workers.js';

export interface DocumentRequest {
    readonly id: number;
    readonly text: string;
    readonly format: DocumentFormat;
}

export type DocumentResponse =
    | { readonly id: number; readonly rendering: Rendering }
    | { readonly id: number; readonly failure: string };

/** The worker asks the page to draw a figure (workers cannot decode SVG pictures) … */
export interface FigureRequest {
    readonly figure: number;
    readonly svg: string;
    readonly pixelWidth: number;
    readonly pixelHeight: number;
}

/** … and the page answers with the PNG. */
export type FigureResponse =
    | { readonly figure: number; readonly png: Uint8Array }
    | { readonly figure: number; readonly failure: string };

/**
 * Asks the document worker (src/playground/document-worker.ts) for the document of a plan text.
 * The worker starts with the first request, which the page makes once the first diagnostics
 * are in: until then the language server has the processor to itself.
 */
export class DocumentRenderer {
    private worker: Worker | undefined;
    private readonly pending = new Map<number, { resolve: (rendering: Rendering) => void; reject: (error: Error) => void }>();
    private nextId = 0;

    render(text: string, format: DocumentFormat): Promise<Rendering> {
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            this.started().postMessage({ id, text, format } satisfies DocumentRequest);
        });
    }

    private started(): Worker {
        if (!this.worker) {
            this.worker = startWorker(documentWorkerSource, 'cluster-plan-documents');
            const worker = this.worker;
            this.worker.addEventListener('message', (event: MessageEvent<DocumentResponse | FigureRequest>) => {
                if ('figure' in event.data) {
                    const { figure, svg, pixelWidth, pixelHeight } = event.data;
                    void rasterizeOnCanvas(svg, pixelWidth, pixelHeight).then(
                        png => worker.postMessage({ figure, png } satisfies FigureResponse, [png.buffer]),
                        error => worker.postMessage({ figure, failure: String(error) } satisfies FigureResponse));
                    return;
                }
                const waiting = this.pending.get(event.data.id);
                this.pending.delete(event.data.id);
                if ('rendering' in event.data) {
                    waiting?.resolve(event.data.rendering);
                } else {
                    waiting?.reject(new Error(event.data.failure));
                }
            });
        }
        return this.worker;
    }
}
