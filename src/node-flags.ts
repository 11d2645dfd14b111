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

/** Plan text below which the young generation stays small unbounded: a 7,000-line plan peaks near 130 MB. */
const LARGE_INPUT_BYTES = 256 * 1024;

/**
 * The bound for a process that cannot rely on its flags: `cplan` is also started as
 * `node out/cli.cjs …`, and not every system understands `#!/usr/bin/env -S`. The size limit
 * is read only when V8 starts, but the factor by which the young generation grows is read at
 * every collection: set to 1, it keeps the young generation at the size it has reached.
 */
export function boundYoungGeneration(): void {
    setFlagsFromString('--semi-space-growth-factor=1');
}

/**
 * Bounds the young generation before a process parses this much plan text, if that is much.
 * Small inputs are left alone: any V8 flag set at run time makes Node compile each built-in
 * module it loads afterwards from source instead of from its code cache (about 10 ms).
 */
export function boundYoungGenerationFor(inputBytes: number): void {
    if (inputBytes >= LARGE_INPUT_BYTES) {
        boundYoungGeneration();
    }
}
