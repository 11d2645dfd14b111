import { defineConfig } from 'vitest/config';

/**
 * `npm test`, the fast suite. The soak, property and kill tests (`*.slow.test.ts`) run in
 * `npm run test:slow` (vitest.slow.config.ts); `.ci/run` runs both.
 */
export default defineConfig({
    // XML (and RDF) files imported by the sources are text, as esbuild bundles them (scripts/bundle.mjs).
    plugins: [{
        name: 'xml-as-text',
        transform: (code: string, id: string) => /\.(xml|rdf)$/.test(id) ? { code: `export default ${JSON.stringify(code)};`, map: null } : undefined
    }],
    test: {
        include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
        exclude: ['test/vscode/**', 'test/e2e/**', 'test/nvim/**', 'node_modules/**', '**/*.slow.test.ts'],
        testTimeout: 30_000,
        hookTimeout: 60_000
    }
});
