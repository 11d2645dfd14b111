// `npm run bench`: builds the product (unless --no-build), bundles the benchmark in bench/ with
// esbuild and runs it with the remaining arguments. Build output goes to stderr so that
// `npm run --silent bench -- --json` prints nothing but the JSON report on stdout.
import { spawnSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const skipBuild = args.includes('--no-build');

function run(command, commandArgs, stdio) {
    const result = spawnSync(command, commandArgs, { cwd: root, stdio });
    if (result.error) {
        throw result.error;
    }
    return result.status ?? 1;
}

if (!skipBuild) {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    if (run(npm, ['run', 'build'], ['ignore', process.stderr, process.stderr]) !== 0) {
        console.error('bench: the build failed');
        process.exit(1);
    }
}
for (const bundle of ['out/cli.cjs', 'out/server.cjs']) {
    if (!existsSync(new URL(`../${bundle}`, import.meta.url))) {
        console.error(`bench: ${bundle} is missing; run \`npm run build\` first`);
        process.exit(1);
    }
}

// Outside out/ so that it is never packaged into the extension.
const outfile = fileURLToPath(new URL('../node_modules/.cache/cluster-plan-bench/bench.cjs', import.meta.url));
await esbuild.build({
    entryPoints: [fileURLToPath(new URL('main.ts', import.meta.url))],
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node22',
    // Playwright loads its own files at run time; it is used from node_modules as installed.
    external: ['playwright-core'],
    sourcemap: true,
    logLevel: 'warning'
});
process.exitCode = run(process.execPath, ['--enable-source-maps', '--expose-gc', outfile, ...args.filter(arg => arg !== '--no-build')], 'inherit');
