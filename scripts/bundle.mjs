// Bundles the extension client, the language server and the CLI into self-contained files in out/,
// then what runs in a browser (scripts/bundle-browser.mjs; built once, also with --watch).
import * as esbuild from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';
import { bundleBrowser } from './bundle-browser.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');

// The executables run with the Node flags of src/node-flags.ts (test/node-flags.test.ts keeps the two equal).
const EXECUTABLE_SHEBANG = '#!/usr/bin/env -S node --max-semi-space-size=8';

const common = {
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node22',
    outExtension: { '.js': '.cjs' },
    external: ['vscode'],
    sourcemap: true,
    define: { 'process.env.CPLAN_VERSION': JSON.stringify(version) },
    logLevel: 'warning'
};

const contexts = await Promise.all([
    esbuild.context({ ...common, entryPoints: { extension: 'src/extension/extension.ts' }, outdir: 'out' }),
    esbuild.context({ ...common, entryPoints: { server: 'src/server.ts', cli: 'src/cli.ts' }, outdir: 'out', banner: { js: EXECUTABLE_SHEBANG } })
]);

if (watch) {
    await Promise.all(contexts.map(context => context.watch()));
} else {
    await Promise.all(contexts.map(context => context.rebuild()));
    await Promise.all(contexts.map(context => context.dispose()));
    for (const bin of ['out/cli.cjs', 'out/server.cjs']) {
        chmodSync(bin, 0o755);
    }
}
await bundleBrowser();
