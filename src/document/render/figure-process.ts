import type { ChildProcess, fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { drawsFigures, isDocumentFormat, type DocumentFormat } from '../formats.js';
import type { FigureRasterizer } from './figures.js';

/**
 * The figures of `cplan generate` and `cplan portfolio` are drawn in a process of their own
 * (src/figure-process-main.ts, bundled as out/cli-figures.cjs), for two reasons:
 * - resvg's WebAssembly is compiled as it first runs. A command draws three or four figures and
 *   ends, before V8's optimising compiler pays back what it costs (a third more time on two
 *   cores); V8 reads the flag that leaves it out (`--liftoff-only`) only when Node starts.
 * - Started with the command, it loads the renderer while the plan is still being checked,
 *   and it draws the figures side by side while the command writes the rest of the document.
 *   The start-up file (src/cli.ts) starts it even before the command is loaded, when the
 *   arguments ask for DOCX or HWPX; the command then takes it over.
 * Should the process end early, what it was drawing is drawn in the command's own process.
 */

/** Where the start-up file leaves the process it started for the command, which is a bundle of its own. */
const STARTED_EARLY = Symbol.for('cluster-plan.figure-process');

const scriptBesideBundle = () => join(__dirname, 'cli-figures.cjs');

const forkFigureProcess = (forkProcess: typeof fork, script: string): ChildProcess => forkProcess(script, [], {
    execArgv: ['--liftoff-only', '--max-semi-space-size=8'],
    serialization: 'advanced',
    // Its failures are the command's to report, in the command's words.
    stdio: ['ignore', 'ignore', 'ignore', 'ipc']
});

/**
 * The document format `cplan`'s arguments ask for, read as simply as the start-up file can:
 * a `generate` or `portfolio` command with `--format` html, md, docx or hwpx.
 */
export function documentFormatAsked(args: readonly string[]): DocumentFormat | undefined {
    const format = args.flatMap((arg, index) => arg === '--format' ? [args[index + 1]] : arg.startsWith('--format=') ? [arg.slice('--format='.length)] : []).at(-1);
    return (args.includes('generate') || args.includes('portfolio')) && isDocumentFormat(format) ? format : undefined;
}

/**
 * Whether `cplan`'s arguments ask for a document with pictures (DOCX or HWPX). A wrong guess
 * costs little: a process started for nothing ends with the command, and one not started early
 * is started by the command.
 */
export function asksForPictures(args: readonly string[]): boolean {
    const format = documentFormatAsked(args);
    return format !== undefined && drawsFigures(format);
}

/**
 * Starts the figure process for a command whose arguments ask for pictures, before the command
 * is loaded. Until the command takes it over, the process holds nothing open, so a command
 * that ends first (a refusal, `--help`) ends as it would without it.
 */
export function startFigureProcessEarly(args: readonly string[], script = scriptBesideBundle()): void {
    if (!asksForPictures(args) || !existsSync(script)) {
        return;
    }
    // Loaded at once, where Node can (22.3 and later); elsewhere the command starts the process.
    const childProcesses = process.getBuiltinModule?.('node:child_process');
    if (!childProcesses) {
        return;
    }
    const child = forkFigureProcess(childProcesses.fork, script);
    child.unref();
    child.channel?.unref();
    (globalThis as Record<symbol, unknown>)[STARTED_EARLY] = child;
}

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
     * Takes over the process the start-up file started, or starts one; gives undefined where
     * there is no script to start: by default the script beside the command's bundle, absent
     * when the command runs from its sources.
     */
    static async start(script = scriptBesideBundle()): Promise<FigureProcess | undefined> {
        const early = (globalThis as Record<symbol, ChildProcess | undefined>)[STARTED_EARLY];
        delete (globalThis as Record<symbol, unknown>)[STARTED_EARLY];
        if (!early && !existsSync(script)) {
            return undefined;
        }
        // Loaded here, not at the top: they would cost every start of `cplan`, and only DOCX and HWPX need them.
        const [{ fork }, { deflateRawSync }] = await Promise.all([import('node:child_process'), import('node:zlib')]);
        if (early) {
            early.ref();
            early.channel?.ref();
        }
        return new FigureProcess(early ?? forkFigureProcess(fork, script), deflateRawSync);
    }

    private constructor(private readonly child: ChildProcess, private readonly deflate: (text: string, options: { level: number }) => Uint8Array) {
        // A process started early may have ended before it was taken over.
        this.ended = !child.connected;
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
