import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The Neovim client test (`npm run test:nvim`): the stdio language server in headless Neovim.
export default defineConfig({
    test: {
        root: fileURLToPath(new URL('../..', import.meta.url)),
        include: ['test/nvim/**/*.e2e.ts'],
        testTimeout: 90_000,
        reporters: ['verbose']
    }
});
