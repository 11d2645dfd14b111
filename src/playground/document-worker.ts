import type { FigureRasterizer } from '../document/render/figures.js';
import { fflateZipArchive } from '../document/render/hwpx/fflate-zip-archive.js';
import { renderPlanText } from '../document/render-plan-text.js';
import type { DocumentRequest, DocumentResponse, FigureRequest, FigureResponse } from './documents.js';

/**
 * The playground's plan documents, made in a worker of their own with the same code as the
 * VS Code preview and `cplan generate` (src/document/render-plan-text.ts). Beside the
 * language server's worker it never delays diagnostics, and the page stays free for typing.
 */
declare const self: Worker; // the worker's own scope, which posts and receives messages as a `Worker` does

/** Figures are drawn by the page, which has a canvas and SVG decoding; each request waits for its answer. */
const figures = new Map<number, { resolve: (png: Uint8Array) => void; reject: (error: Error) => void }>();
let nextFigure = 0;

const rasterizeOnPage: FigureRasterizer = (svg, pixelWidth, pixelHeight) => new Promise((resolve, reject) => {
    const figure = nextFigure++;
    figures.set(figure, { resolve, reject });
    self.postMessage({ figure, svg, pixelWidth, pixelHeight } satisfies FigureRequest);
});

self.addEventListener('message', async (event: MessageEvent<DocumentRequest | FigureResponse>) => {
    if ('figure' in event.data) {
        const answer = event.data;
        const waiting = figures.get(answer.figure);
        figures.delete(answer.figure);
        if ('png' in answer) {
            waiting?.resolve(answer.png);
        } else {
            waiting?.reject(new Error(answer.failure));
        }
        return;
    }
    const { id, text, format } = event.data;
    let response: DocumentResponse;
    try {
        response = { id, rendering: await renderPlanText(text, format, { rasterize: rasterizeOnPage, zipArchive: fflateZipArchive }) };
    } catch (error) {
        response = { id, failure: error instanceof Error ? error.message : String(error) };
    }
    const bytes = 'rendering' in response && 'content' in response.rendering && typeof response.rendering.content !== 'string' ? [response.rendering.content.buffer] : [];
    self.postMessage(response, bytes);
});
