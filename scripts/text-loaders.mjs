// Files the sources import as text (the HWPX template's parts under src/document/render/hwpx/template/),
// for every esbuild bundle; vitest.config.ts reads the same extensions.
export const TEXT_LOADERS = { '.xml': 'text', '.rdf': 'text' };
