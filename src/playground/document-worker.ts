import { renderPlanText } from '../extension/document-rendering.js';
import type { DocumentRequest, DocumentResponse } from './documents.js';

/**
 * The playground's plan documents, made in a worker of their own with the same code as the
 * VS Code preview and `cplan generate` (src/extension/document-rendering.ts). Beside the
 * language server's worker it never delays diagnostics, and the page stays free for typing.
 */
declare const self: Worker; // the worker's own scope, which posts and receives messages as a `Worker` does

self.addEventListener('message', async (event: MessageEvent<DocumentRequest>) => {
    const { id, text, format } = event.data;
    let response: DocumentResponse;
    try {
        response = { id, rendering: await renderPlanText(text, format) };
    } catch (error) {
        response = { id, failure: error instanceof Error ? error.message : String(error) };
    }
    const bytes = 'rendering' in response && 'content' in response.rendering && typeof response.rendering.content !== 'string' ? [response.rendering.content.buffer] : [];
    self.postMessage(response, bytes);
});
