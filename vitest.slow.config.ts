import { defineConfig } from 'vitest/config';
import { textLoaders } from './vitest.config.js';

/** `npm run test:slow`: the soak, property and kill tests, which take minutes. */
export default defineConfig({
    plugins: [textLoaders],
    test: {
        include: ['test/**/*.slow.test.ts'],
        testTimeout: 300_000,
        hookTimeout: 120_000
    }
});
