// Bundles the extension client, the language server and the CLI into self-contained files in out/,
// then what runs in a browser (scripts/bundle-browser.mjs; built once, also with --watch).
import * as esbuild from 'esbuild';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { createHash } from 'node:crypto';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { bundleBrowser } from './bundle-browser.mjs';
import { TEXT_LOADERS } from './text-loaders.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');

// The language server runs with the Node flags of src/node-flags.ts (test/node-flags.test.ts
// keeps the two equal); `cplan` bounds its young generation itself and needs no flags.
const SERVER_SHEBANG = '#!/usr/bin/env -S node --max-semi-space-size=8';
const CLI_SHEBANG = '#!/usr/bin/env node';

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

// What the figure renderer (src/document/render/resvg-rasterizer.ts) reads at run time, beside the bundles.
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

/**
 * `cplan` is a small start-up file, out/cli.cjs, and two command bundles, which it runs from
 * V8's code cache keyed by the bundle's content hash (src/code-cache.ts): out/cli-check.cjs
 * checks plans and out/cli-write.cjs writes files (src/cli/commands.ts). The DOCX library,
 * a fifth of the second, is a bundle of its own (out/cli-docx.cjs) that only
 * `generate --format docx` loads.
 */
const COMMAND_BUNDLES = { 'cli-check': 'src/cli-check.ts', 'cli-write': 'src/cli-write.ts' };
const docxApart = {
    name: 'docx-apart',
    setup(build) {
        build.onResolve({ filter: /\/render\/docx\.js$/ }, () => ({ path: './cli-docx.cjs', external: true }));
    }
};

/**
 * Langium's core takes five names from vscode-languageserver-protocol (cancellation tokens, an
 * event emitter, an error and two error codes), and with them the whole protocol, a sixth of
 * the command, set up at every start. The command takes them from the vscode-jsonrpc modules
 * that define them instead; the two codes are LSPErrorCodes.RequestFailed and ServerCancelled.
 */
const jsonrpcModules = path.dirname(require.resolve('vscode-jsonrpc'));
const protocolForLangiumCore = {
    name: 'protocol-for-langium-core',
    setup(build) {
        build.onResolve({ filter: /^vscode-languageserver-protocol$/ }, args =>
            /[\\/]node_modules[\\/]langium[\\/]lib[\\/](utils|workspace)[\\/]/.test(args.importer)
                ? { path: 'vscode-languageserver-protocol', namespace: 'langium-core-protocol' }
                : undefined);
        build.onLoad({ filter: /.*/, namespace: 'langium-core-protocol' }, () => ({
            resolveDir: jsonrpcModules,
            contents: [
                "export { CancellationToken, CancellationTokenSource } from './cancellation.js';",
                "export { Emitter } from './events.js';",
                "export { ResponseError } from './messages.js';",
                'export const LSPErrorCodes = { RequestFailed: -32803, ServerCancelled: -32802 };'
            ].join('\n')
        }));
    }
};

async function buildCliLauncher() {
    const contentHash = file => JSON.stringify(createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 16));
    await esbuild.build({
        ...common,
        entryPoints: { cli: 'src/cli.ts' },
        outdir: 'out',
        banner: { js: CLI_SHEBANG },
        define: {
            ...common.define,
            'process.env.CPLAN_CLI_CHECK_HASH': contentHash('out/cli-check.cjs'),
            'process.env.CPLAN_CLI_WRITE_HASH': contentHash('out/cli-write.cjs')
        }
    });
    chmodSync('out/cli.cjs', 0o755);
}

/**
 * Two changes to Chevrotain's code as the command is bundled, each measured on the start of
 * `cplan check`; the numbers they compute are the same. Should Chevrotain's code change, the
 * build fails here rather than leave a change unmade unnoticed.
 * - Its lexer maps every UTF-16 code unit to a bucket through a table of 65,536 numbers that
 *   it builds when a lexer is first made, as a plain array that V8 grows element by element
 *   (1.6 MB allocated and about 5 ms), filled one code unit at a time (1 to 2 ms more, as the
 *   loop runs in V8's interpreter). The command builds it as a `Uint16Array` (128 KB; the
 *   numbers are at most 512), filled a bucket (255 code units) at a time.
 * - It copies the 250 methods of its parser's mixins onto the parser's prototype one by one,
 *   and V8 copies a prototype's whole list of properties at each one added: 650 KB allocated
 *   and 2 to 3 ms. A property added and deleted first turns the prototype into a dictionary,
 *   which takes the methods at no such cost; V8 makes it fast again once it is used.
 */
const CHEVROTAIN_CHANGES = [
    {
        file: /[\\/]chevrotain[\\/]lib[\\/]src[\\/]scan[\\/]lexer\.js$/,
        from: [
            '        charCodeToOptimizedIdxMap = new Array(65536);',
            '        for (let i = 0; i < 65536; i++) {',
            '            charCodeToOptimizedIdxMap[i] = i > 255 ? 255 + ~~(i / 255) : i;',
            '        }'
        ].join('\n'),
        to: [
            '        charCodeToOptimizedIdxMap = new Uint16Array(65536);',
            '        for (let i = 0; i < 256; i++) {',
            '            charCodeToOptimizedIdxMap[i] = i;',
            '        }',
            '        for (let bucket = 1; 255 * bucket < 65536; bucket++) {',
            '            charCodeToOptimizedIdxMap.fill(255 + bucket, Math.max(256, 255 * bucket), 255 * bucket + 255);',
            '        }'
        ].join('\n')
    },
    {
        file: /[\\/]chevrotain[\\/]lib[\\/]src[\\/]parse[\\/]parser[\\/]utils[\\/]apply_mixins\.js$/,
        from: 'export function applyMixins(derivedCtor, baseCtors) {\n',
        to: 'export function applyMixins(derivedCtor, baseCtors) {\n    delete Object.assign(derivedCtor.prototype, { dictionaryMode: true }).dictionaryMode;\n'
    }
];
const chevrotainChanges = {
    name: 'chevrotain-changes',
    setup(build) {
        for (const change of CHEVROTAIN_CHANGES) {
            build.onLoad({ filter: change.file }, args => {
                const source = readFileSync(args.path, 'utf8');
                if (!source.includes(change.from)) {
                    throw new Error(`${args.path} no longer has the code scripts/bundle.mjs changes: ${change.from.trim()}`);
                }
                return { contents: source.replace(change.from, change.to), loader: 'js' };
            });
        }
    }
};

/**
 * Each command bundle is written as one function expression of the CommonJS module parameters,
 * which the start-up file compiles as it is and calls (src/code-cache.ts): it need not add the
 * wrapper itself, which would copy the whole text once more at every start. The bundles are
 * ASCII only, so that V8 holds their text in one byte per character instead of two; esbuild
 * escapes strings, and a non-ASCII character left (in a regular expression literal) fails the
 * build here.
 */
const COMMAND_WRAPPER = { banner: '(function (exports, require, module, __filename, __dirname) {', footer: '})' };

const commandThenLauncher = {
    name: 'command-then-launcher',
    setup(build) {
        build.onEnd(async result => {
            if (result.errors.length > 0) {
                return;
            }
            for (const name of Object.keys(COMMAND_BUNDLES)) {
                const command = readFileSync(`out/${name}.cjs`, 'latin1');
                const nonAscii = command.search(/[^\x00-\x7f]/);
                if (nonAscii >= 0) {
                    throw new Error(`out/${name}.cjs must be ASCII only; near: ${Buffer.from(command.slice(Math.max(0, nonAscii - 60), nonAscii + 20), 'latin1').toString('utf8')}`);
                }
            }
            await buildCliLauncher();
        });
    }
};

/** What the bundles of `cplan` share. */
const cliBundle = {
    ...common,
    outdir: 'out',
    // The command runs as a script (not a module), which has no `import()`: use `require`.
    supported: { 'dynamic-import': false },
    // Half the text to read, hold and hash at every start; stack traces map back through the source map.
    minify: true
};

const contexts = await Promise.all([
    esbuild.context({ ...common, entryPoints: { extension: 'src/extension/extension.ts' }, outdir: 'out' }),
    esbuild.context({ ...common, entryPoints: { server: 'src/server.ts' }, outdir: 'out', banner: { js: SERVER_SHEBANG } }),
    esbuild.context({
        ...cliBundle,
        entryPoints: COMMAND_BUNDLES,
        banner: { js: COMMAND_WRAPPER.banner },
        footer: { js: COMMAND_WRAPPER.footer },
        plugins: [docxApart, protocolForLangiumCore, chevrotainChanges, commandThenLauncher]
    }),
    esbuild.context({
        ...cliBundle,
        entryPoints: { 'cli-docx': 'src/document/render/docx.ts', 'cli-figures': 'src/figure-process-main.ts' },
        plugins: [protocolForLangiumCore]
    })
]);

if (watch) {
    await Promise.all(contexts.map(context => context.watch()));
} else {
    await Promise.all(contexts.map(context => context.rebuild()));
    await Promise.all(contexts.map(context => context.dispose()));
    chmodSync('out/server.cjs', 0o755);
}
await bundleBrowser();
