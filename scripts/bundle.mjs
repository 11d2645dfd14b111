// Bundles the extension client, the language server and the CLI into self-contained files in out/,
// then what runs in a browser (scripts/bundle-browser.mjs; built once, also with --watch).
import * as esbuild from 'esbuild';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { bundleBrowser } from './bundle-browser.mjs';
import { TEXT_LOADERS } from './text-loaders.mjs';

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
    loader: TEXT_LOADERS,
    logLevel: 'warning'
};

// What the figure renderer (src/document/render/figures.ts) reads at run time, beside the bundles.
const require = createRequire(import.meta.url);
const FIGURE_ASSETS = {
    'resvg.wasm': '@resvg/resvg-wasm/index_bg.wasm',
    'Pretendard-Regular.otf': 'pretendard/dist/public/static/Pretendard-Regular.otf',
    'Pretendard-Bold.otf': 'pretendard/dist/public/static/Pretendard-Bold.otf',
    'Pretendard-LICENSE.txt': 'pretendard/dist/LICENSE.txt'
};
mkdirSync('out/figures', { recursive: true });
for (const [name, source] of Object.entries(FIGURE_ASSETS)) {
    copyFileSync(require.resolve(source), `out/figures/${name}`);
}

// The extension's icon (package.json `icon`): the drawing in images/icon.svg as a 256 × 256
// PNG, as the Marketplace requires, drawn with the same resvg as the document figures.
await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
writeFileSync('out/icon.png', new Resvg(readFileSync('images/icon.svg', 'utf8'), { fitTo: { mode: 'width', value: 256 } }).render().asPng());

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
