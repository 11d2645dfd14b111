import { defineConfig } from 'vitest/config';

/**
 * `npm test`, the fast suite. The soak, property and kill tests (`*.slow.test.ts`) run in
 * `npm run test:slow` (vitest.slow.config.ts); `.ci/run` runs both.
 */
export default defineConfig({
    test: {
        include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
        exclude: ['test/vscode/**', 'test/e2e/**', 'test/nvim/**', 'node_modules/**', '**/*.slow.test.ts'],
        testTimeout: 30_000,
        hookTimeout: 60_000
    }
});
