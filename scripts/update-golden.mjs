// `npm run golden`: regenerates the Markdown documents of the examples that
// test/document-golden.test.ts compares exactly. Run it only after a deliberate change to
// the document, and review the diff.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import * as path from 'node:path';

const golden = path.resolve('test/golden');
mkdirSync(golden, { recursive: true });
for (const plan of readdirSync('examples').filter(name => name.endsWith('.cplan'))) {
    const out = path.join(golden, `${path.basename(plan, '.cplan')}.md`);
    const result = spawnSync(process.execPath, ['out/cli.cjs', 'generate', path.join('examples', plan), '--format', 'md', '--out', out], { stdio: 'inherit' });
    if (result.status !== 0) {
        process.exit(result.status ?? 1);
    }
}
