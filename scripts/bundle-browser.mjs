// Bundles what runs in a browser: the language server as a Web Worker, the extension for VS Code
// for the web, and the playground (a static site in out/playground/). Called by bundle.mjs.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TEXT_LOADERS } from './text-loaders.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = file => path.join(root, file);

const browser = {
    bundle: true,
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'warning',
    // There is no local file system in a browser: the few places that look for one get src/browser/no-local-files.ts.
    alias: Object.fromEntries(['node:fs', 'node:path', 'node:url'].map(name => [name, at('src/browser/no-local-files.ts')])),
    define: { __dirname: '"/"' },
    loader: TEXT_LOADERS,
    plugins: [withoutNodeRenderers()]
};

/**
 * Figures are drawn by the browser's canvas there, never by resvg with its WebAssembly and
 * fonts, and an HWPX package is zipped by fflate, not by yazl on Node's zlib.
 */
function withoutNodeRenderers() {
    return {
        name: 'without-node-renderers',
        setup(build) {
            build.onResolve({ filter: /(resvg-rasterizer|node-zip-archive)\.js$/ }, args => ({ path: args.path, external: true }));
        }
    };
}

/** The words and examples the playground is built with, read from the grammar and examples/ by src/tools/playground-data.ts. */
async function playgroundData() {
    const outfile = at('node_modules/.cache/cluster-plan-build/playground-data.cjs');
    await esbuild.build({ entryPoints: [at('src/tools/playground-data.ts')], outfile, bundle: true, format: 'cjs', platform: 'node', logLevel: 'warning' });
    const { highlightingWords, playgroundExamples } = await import(`${pathToFileURL(outfile).href}?${Date.now()}`);
    return { highlighting: highlightingWords(), examples: playgroundExamples(at('examples')) };
}

/** Modules the playground page imports by name (declared in src/playground/virtual-modules.d.ts). */
function playgroundModules(modules) {
    return {
        name: 'playground-modules',
        setup(build) {
            build.onResolve({ filter: /^playground:/ }, args => ({ path: args.path, namespace: 'playground' }));
            build.onLoad({ filter: /.*/, namespace: 'playground' }, args => ({
                contents: `export default ${JSON.stringify(modules[args.path.slice('playground:'.length)])};`, loader: 'js'
            }));
        }
    };
}

export async function bundleBrowser() {
    const worker = entry => esbuild.build({ ...browser, entryPoints: [at(entry)], format: 'iife', write: false, outfile: at('out/browser/worker.js') })
        .then(result => result.outputFiles[0].text);
    const [languageServer, documentWorker, data] = await Promise.all([
        worker('src/browser/server-worker.ts'), worker('src/playground/document-worker.ts'), playgroundData()
    ]);
    mkdirSync(at('out/browser'), { recursive: true });
    writeFileSync(at('out/browser/server-worker.js'), languageServer);

    const playground = at('out/playground');
    rmSync(playground, { recursive: true, force: true });
    await Promise.all([
        esbuild.build({
            ...browser, entryPoints: [at('src/browser/extension-web.ts')], format: 'cjs', external: ['vscode'],
            outfile: at('out/browser/extension-web.js')
        }),
        esbuild.build({
            // language-server.js, the page's first script, starts the server while playground.js loads.
            ...browser, entryPoints: { 'language-server': at('src/playground/start-language-server.ts'), playground: at('src/playground/main.ts') },
            format: 'iife', outdir: playground,
            plugins: [...browser.plugins, playgroundModules({ 'language-server': languageServer, 'document-worker': documentWorker, ...data })]
        })
    ]);
    copyFileSync(at('src/playground/index.html'), path.join(playground, 'index.html'));
}
