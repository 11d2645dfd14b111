// Bundles the desktop VS Code suite (launcher, mocha entry, tests) into out/test-vscode/.
import * as esbuild from 'esbuild';

await esbuild.build({
    entryPoints: {
        run: 'test/vscode/run.ts',
        index: 'test/vscode/index.ts',
        'extension.vscode-test': 'test/vscode/extension.vscode-test.ts'
    },
    outdir: 'out/test-vscode',
    outExtension: { '.js': '.cjs' },
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node22',
    external: ['vscode', 'mocha', '@vscode/test-electron'],
    logLevel: 'warning'
});
