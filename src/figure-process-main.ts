import { inflateRawSync } from 'node:zlib';
import { loadFigureRenderer, resvgRasterizer } from './document/render/resvg-rasterizer.js';
import type { FigureReply, FigureRequest } from './document/render/figure-process.js';

/**
 * The process that draws the figures of `cplan generate` and `cplan portfolio`, started by
 * src/document/render/figure-process.ts: it loads the renderer and draws a small figure while
 * the command is still checking the plan, then draws the figures it is sent, in order. It
 * ends with the command, however that ends: once the channel to it closes, nothing is left to
 * keep this process running (test/generate-kill.slow.test.ts).
 */

/** What the process draws before it is asked: the kinds of shape and text the figures have, in both weights of the font. */
const WARM_UP_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" font-family="sans-serif">'
    + '<defs><marker id="a" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#6b3fa0"/></marker></defs>'
    + '<polygon points="0,8 118,8 132,38 118,68 0,68 0,38" fill="#fbeedd" stroke="#c96f1c" stroke-width="1.5" stroke-dasharray="5 3"/>'
    + '<path d="M10,80 C60,10 120,90 190,20" fill="none" stroke="#2f7d6d" stroke-width="1.6" marker-end="url(#a)"/>'
    + '<line x1="0" y1="95" x2="200" y2="95" stroke="#5b6675"/>'
    + '<g class="actor"><title>기관 Actor 1</title><rect x="140" y="40" width="56" height="30" rx="6" fill="#eef3f8" stroke="#1f4e79"/>'
    + '<text x="168" y="52" text-anchor="middle" font-size="11.5" font-weight="700" fill="#1f4e79">바이오 Cluster 2025</text>'
    + '<text x="168" y="64" text-anchor="end" font-size="10.5" fill="#5b6675">연구개발 · R&amp;D 10억원</text></g>'
    + '</svg>';

// resvg's loader asks whether `Request` and `Response` exist, and to answer, Node loads its
// fetch implementation: a third of the time to load the renderer. This process fetches nothing.
delete (globalThis as { Request?: unknown }).Request;
delete (globalThis as { Response?: unknown }).Response;

// A figure drawn first compiles the renderer's code; doing it now takes it off the document's way.
const ready = loadFigureRenderer().then(() => resvgRasterizer(WARM_UP_SVG, 64, 32)).catch(() => undefined);

process.on('message', (request: FigureRequest) => {
    void ready
        .then(() => resvgRasterizer(inflateRawSync(request.svg).toString('utf8'), request.pixelWidth, request.pixelHeight))
        .then(
            png => process.send?.({ id: request.id, png } satisfies FigureReply),
            error => process.send?.({ id: request.id, error: error instanceof Error ? error.message : String(error) } satisfies FigureReply)
        );
});
