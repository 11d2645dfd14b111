// `npm start`: checks the example plans with the built CLI, generates their plan documents
// into out/documents/, and says where the results are.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

const cli = path.resolve('out/cli.cjs');
const plans = readdirSync('examples').filter(name => name.endsWith('.cplan')).map(name => path.join('examples', name));

for (const plan of plans) {
    console.log(`\n== cplan check ${plan}`);
    spawnSync(process.execPath, [cli, 'check', plan], { stdio: 'inherit' });
}

// The plan documents of the examples, in every format.
const documents = path.resolve('out/documents');
mkdirSync(documents, { recursive: true });
console.log(`\n== cplan generate → ${path.relative(process.cwd(), documents)}/`);
for (const plan of plans) {
    for (const format of ['html', 'md', 'docx', 'hwpx']) {
        spawnSync(process.execPath, [cli, 'generate', plan, '--format', format, '--out', `${documents}${path.sep}`], { stdio: 'inherit' });
    }
}
console.log(`\nPlan documents: ${documents} (open the .html files in a browser, the .docx in Word, the .hwpx in Hancom Office 한글)`);
