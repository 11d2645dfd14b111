import { defineConfig } from 'vitest/config';

export default defineConfig({
    // XML (and RDF) files imported by the sources are text, as esbuild bundles them (scripts/bundle.mjs).
    plugins: [{
        name: 'xml-as-text',
        transform: (code: string, id: string) => /\.(xml|rdf)$/.test(id) ? { code: `export default ${JSON.stringify(code)};`, map: null } : undefined
    }],
    test: {
        include: ['test/**/*.test.ts'],
        exclude: ['test/vscode/**', 'node_modules/**'],
        testTimeout: 30_000,
        hookTimeout: 60_000
    }
});
