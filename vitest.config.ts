import { availableParallelism } from 'node:os';
import { defineConfig, type Plugin } from 'vitest/config';
import { TEXT_LOADERS } from './scripts/text-loaders.mjs';

/** Files the sources import as text (the HWPX template's parts), as esbuild bundles them. */
export const textLoaders: Plugin = {
    name: 'text-loaders',
    transform: (code: string, id: string) => Object.keys(TEXT_LOADERS).some(extension => id.endsWith(extension))
        ? { code: `export default ${JSON.stringify(code)};`, map: null }
        : undefined
};

/** The tests that replace a module (`vi.mock('vscode')`) need a module registry of their own. */
const MOCKING_TESTS = ['test/extension-*.test.ts'];

/**
 * `npm test`, the fast suite. The soak, property and kill tests (`*.slow.test.ts`) run in
 * `npm run test:slow` (vitest.slow.config.ts); `.ci/run` runs both.
 *
 * The other test files share their worker's modules (`isolate: false`): each file evaluating
 * Langium and the grammar anew cost more than all the rule tests themselves.
 *
 * Vitest runs one worker fewer than there are cores; on two cores that is one, which leaves a
 * core idle while a test waits for the `cplan` process or the browser it started. Two workers
 * there take a quarter less time.
 */
export default defineConfig({
    plugins: [textLoaders],
    test: {
        exclude: ['test/vscode/**', 'test/e2e/**', 'test/nvim/**', 'node_modules/**', '**/*.slow.test.ts'],
        maxWorkers: Math.max(2, availableParallelism() - 1),
        testTimeout: 30_000,
        hookTimeout: 60_000,
        projects: [
            { extends: true, test: { name: 'isolated', include: MOCKING_TESTS, isolate: true } },
            { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts', 'src/**/*.test.ts'], exclude: MOCKING_TESTS, isolate: false } }
        ]
    }
});
