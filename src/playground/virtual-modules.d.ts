declare module 'playground:examples' {
    const examples: readonly import('./build-data.js').PlaygroundExample[];
    export default examples;
}

declare module 'playground:highlighting' {
    const words: import('./build-data.js').HighlightingWords;
    export default words;
}

declare module 'playground:language-server' {
    /** The language server's worker bundle (out/browser/server-worker.js) as text. */
    const source: string;
    export default source;
}

declare module 'playground:document-worker' {
    /** The document worker's bundle (src/playground/document-worker.ts) as text. */
    const source: string;
    export default source;
}
