import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The code-server suite (`npm run test:e2e`): one editor session shared by steps that run in
// order; each step gets one retry. Setup may install code-server on a cold cache.
export default defineConfig({
    test: {
        root: fileURLToPath(new URL('../..', import.meta.url)),
        include: ['test/e2e/**/*.e2e.ts'],
        testTimeout: 120_000,
        hookTimeout: 20 * 60_000,
        retry: 1,
        fileParallelism: false,
        reporters: ['verbose']
    }
});
