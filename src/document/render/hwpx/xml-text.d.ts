/** The HWPX template's parts, bundled as text (esbuild's text loader; vitest.config.ts for the tests). */
declare module '*.xml' {
    const text: string;
    export default text;
}

declare module '*.rdf' {
    const text: string;
    export default text;
}
