/**
 * Node flags for every Cluster Plan process: the language server and the `cplan` command.
 * Parsing allocates many short-lived objects; left alone, V8 grows the young generation past
 * 100 MB, so checking a 50,000-line plan peaks above 300 MB although about 100 MB is live,
 * and a long editing session doubles the server's memory while its live heap stays near
 * 20 MB. An 8 MB semi-space keeps both flat at no measurable cost in time (`npm run bench`).
 * The bundled executables pass them on their `#!` line (scripts/bundle.mjs); the extension
 * passes them when it starts the server.
 */
export const NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8'];

/** The `#!` line of the bundled executables, which runs them with `NODE_FLAGS`. */
export const EXECUTABLE_SHEBANG = `#!/usr/bin/env -S node ${NODE_FLAGS.join(' ')}`;
