import { defineConfig } from 'vitest/config';

/** `npm run test:slow`: the soak, property and kill tests, which take minutes. */
export default defineConfig({
    test: {
        include: ['test/**/*.slow.test.ts'],
        testTimeout: 300_000,
        hookTimeout: 120_000
    }
});
