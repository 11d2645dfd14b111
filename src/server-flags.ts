/**
 * Node flags for the language-server process. V8 grows the young generation up to 64 MB
 * per semi-space under the steady stream of short-lived parse trees an editing session
 * makes; the live heap stays near 20 MB, but the process's memory doubles. 8 MB keeps it
 * flat over long sessions at no measurable cost to the soak test's run time.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=8'];
