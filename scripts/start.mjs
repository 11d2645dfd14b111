// `npm start`: checks the example plans with the built CLI and says where the results are.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';

const cli = path.resolve('out/cli.cjs');
const plans = readdirSync('examples').filter(name => name.endsWith('.cplan')).map(name => path.join('examples', name));

for (const plan of plans) {
    console.log(`\n== cplan check ${plan}`);
    spawnSync(process.execPath, [cli, 'check', plan], { stdio: 'inherit' });
}
