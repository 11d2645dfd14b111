import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { FigureRasterizer } from './figures.js';

/**
 * The figures of `cplan generate` and `cplan portfolio` are drawn in a process of their own
 * (src/figure-process-main.ts, bundled as out/cli-figures.cjs), for two reasons:
 * - resvg's WebAssembly is compiled as it first runs. A command draws three or four figures and
 *   ends, before V8's optimising compiler pays back what it costs (a third more time on two
 *   cores); V8 reads the flag that leaves it out (`--liftoff-only`) only when Node starts.
 * - Started with the command, it loads the renderer while the plan is still being checked,
 *   and it draws the figures side by side while the command writes the rest of the document.
 * Should the process end early, what it was drawing is drawn in the command's own process.
 */

export interface FigureRequest {
    readonly id: number;
    /** The SVG text, deflated: the requests fit in the pipe's buffer, so they leave at once, however busy the command is after sending them. */
    readonly svg: Uint8Array;
    readonly pixelWidth: number;
    readonly pixelHeight: number;
}

export type FigureReply =
    | { readonly id: number; readonly png: Uint8Array }
    | { readonly id: number; readonly error: string };

interface Pending {
    readonly svg: string;
    readonly pixelWidth: number;
    readonly pixelHeight: number;
    readonly resolve: (png: Uint8Array) => void;
    readonly reject: (error: Error) => void;
}

/** Draws figures in the figure process; `close` ends it, once the document is written or has failed. */
export class FigureProcess {
    private readonly pending = new Map<number, Pending>();
    private lastId = 0;
    private ended = false;

    /**
     * Starts the process, or gives undefined where there is no script to start: by default the
     * script beside the command's bundle, absent when the command runs from its sources.
     */
    static async start(script = path.join(__dirname, 'cli-figures.cjs')): Promise<FigureProcess | undefined> {
        if (!existsSync(script)) {
            return undefined;
        }
        // Loaded here, not at the top: they would cost every start of `cplan`, and only DOCX and HWPX need them.
        const [{ fork }, { deflateRawSync }] = await Promise.all([import('node:child_process'), import('node:zlib')]);
        const child = fork(script, [], {
            execArgv: ['--liftoff-only', '--max-semi-space-size=8'],
            serialization: 'advanced',
            // Its failures are the command's to report, in the command's words.
            stdio: ['ignore', 'ignore', 'ignore', 'ipc']
        });
        return new FigureProcess(child, deflateRawSync);
    }

    private constructor(private readonly child: ChildProcess, private readonly deflate: (text: string, options: { level: number }) => Uint8Array) {
        this.child.on('message', (reply: FigureReply) => this.answer(reply));
        this.child.on('error', () => this.end());
        this.child.on('exit', () => this.end());
    }

    readonly rasterize: FigureRasterizer = (svg, pixelWidth, pixelHeight) => new Promise((resolve, reject) => {
        const id = ++this.lastId;
        this.pending.set(id, { svg, pixelWidth, pixelHeight, resolve, reject });
        if (this.ended) {
            this.end();
        } else {
            this.child.send({ id, svg: this.deflate(svg, { level: 1 }), pixelWidth, pixelHeight } satisfies FigureRequest, error => error && this.end());
        }
    });

    close(): void {
        this.ended = true;
        this.child.kill();
    }

    private answer(reply: FigureReply): void {
        const pending = this.pending.get(reply.id);
        this.pending.delete(reply.id);
        if ('png' in reply) {
            pending?.resolve(reply.png);
        } else {
            pending?.reject(new Error(reply.error));
        }
    }

    /** The process is gone: what it had still to draw is drawn here. */
    private end(): void {
        this.ended = true;
        const unanswered = [...this.pending.values()];
        this.pending.clear();
        for (const { svg, pixelWidth, pixelHeight, resolve, reject } of unanswered) {
            import('./resvg-rasterizer.js')
                .then(resvg => resvg.resvgRasterizer(svg, pixelWidth, pixelHeight))
                .then(resolve, reject);
        }
    }
}
