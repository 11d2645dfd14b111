// `npm run build`: the grammar's generated code, the files made from the catalogue, then the
// type check beside the bundles (neither reads what the other writes). With --check (the build
// `npm test` runs) the files made from the catalogue are only compared with the committed
// ones, so a stale one fails the tests.
import { spawn } from 'node:child_process';

const check = process.argv.includes('--check');

/** Runs a script of the build with this Node; resolves to its exit status. */
const run = (script, args = []) => new Promise(resolve => {
    // A script ended by a signal has no exit code: a failure.
    spawn(process.execPath, [script, ...args], { stdio: 'inherit' }).on('exit', code => resolve(code ?? 1));
});

const stages = [
    [['node_modules/langium-cli/bin/langium.js', ['generate']]],
    [['scripts/generate-artifacts.mjs', check ? ['--check'] : []]],
    [['node_modules/typescript/bin/tsc', ['--noEmit']], ['scripts/bundle.mjs']]
];
for (const stage of stages) {
    const failed = (await Promise.all(stage.map(([script, args]) => run(script, args)))).find(status => status !== 0);
    if (failed !== undefined) {
        process.exit(failed);
    }
}
