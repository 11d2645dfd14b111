import { setFlagsFromString } from 'node:v8';

/**
 * Parsing allocates many short-lived objects; left alone, V8 grows the young generation past
 * 100 MB, so checking a 50,000-line plan peaks above 300 MB although about 100 MB is live,
 * and a long editing session doubles the server's memory while its live heap stays near
 * 20 MB. Every Cluster Plan process therefore keeps its young generation small, at no
 * measurable cost in time (`npm run bench`).
 *
 * The language server gets an 8 MB semi-space from these flags: on its `#!` line
 * (scripts/bundle.mjs) and from the extension when it starts the server.
 */
export const NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8'];

/** The `#!` line of the language server executable, which runs it with `NODE_FLAGS`. */
export const SERVER_SHEBANG = `#!/usr/bin/env -S node ${NODE_FLAGS.join(' ')}`;

/**
 * `cplan` sets its V8 flags itself, before its command is compiled (src/cli.ts): it is also
 * started as `node out/cli.cjs …`, and not every system understands `#!/usr/bin/env -S`.
 * The size limit of the young generation is read only when V8 starts, but the factor by which
 * it grows at every collection: set to 1, it keeps the young generation at its first size.
 */
export function boundYoungGeneration(): void {
    setFlagsFromString('--semi-space-growth-factor=1');
}

/**
 * Plan text from which V8's optimising compilers pay back what they cost: about 7,000 lines.
 * Below it `cplan check` is faster without them (a fifth at 2,000 lines, a third at 5,000),
 * above it the long parse needs them.
 */
const LARGE_INPUT_BYTES = 256 * 1024;

const OPTIMISING_COMPILERS = '--maglev --turbofan';

/**
 * The flags of `cplan`: a bounded young generation, collected by one thread, and no optimising
 * compilers (Maglev, Turbofan) until the input is known to be large. A check of a plan or two
 * is over before optimised code pays back compiling it, which also touches megabytes of
 * memory, and on this scale every megabyte a process touches shows in its start-up time. A
 * young generation this small is collected sooner than a second thread joins in: without it, a
 * check takes 7 ms less processor time and 2 ms less wall time.
 */
export function setCommandFlags(): void {
    boundYoungGeneration();
    setFlagsFromString('--no-maglev --no-turbofan --no-parallel-scavenge');
}

/** Turns V8's optimising compilers back on before a process parses this much plan text, if that is much. */
export function optimiseForInput(inputBytes: number): void {
    if (inputBytes >= LARGE_INPUT_BYTES) {
        setFlagsFromString(OPTIMISING_COMPILERS);
    }
}

/** Where the start-up file leaves what to do just before the flags change for packing a document. */
const BEFORE_COMPRESSION = Symbol.for('cluster-plan.before-compression');

/**
 * Has `action` run once, just before a command turns the optimising compilers on to pack a
 * document, while V8's flags are still those the process started its command with: the
 * start-up file writes its code cache then (src/code-cache.ts), as a cache made with other
 * flags would be rejected at the next start.
 */
export function beforeCompression(action: () => void): void {
    (globalThis as Record<symbol, unknown>)[BEFORE_COMPRESSION] = action;
}

/**
 * Turns V8's optimising compilers back on before a document is packed into a zip: deflating
 * the text of a 2,000-line plan into a DOCX takes six times as long without them, and the
 * checksums of an HWPX's entries (computed in JavaScript by its zip writer; zlib deflates) ten
 * times as long.
 */
export function optimiseForCompression(): void {
    const before = (globalThis as Record<symbol, (() => void) | undefined>)[BEFORE_COMPRESSION];
    delete (globalThis as Record<symbol, unknown>)[BEFORE_COMPRESSION];
    before?.();
    setFlagsFromString(OPTIMISING_COMPILERS);
}
