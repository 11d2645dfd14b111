// `npm run build`: the grammar's generated code, the files made from the catalogue, the type
// check and the bundles. With --check (the build `npm test` runs) the files made from the
// catalogue are only compared with the committed ones, so a stale one fails the tests.
import { spawnSync } from 'node:child_process';

const check = process.argv.includes('--check');
const steps = [
    ['node_modules/langium-cli/bin/langium.js', ['generate']],
    ['scripts/generate-artifacts.mjs', check ? ['--check'] : []],
    ['node_modules/typescript/bin/tsc', ['--noEmit']],
    ['scripts/bundle.mjs', []]
];
for (const [script, args] of steps) {
    const result = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit' });
    if (result.status !== 0) {
        process.exit(result.status ?? 1);
    }
}
