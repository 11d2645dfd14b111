// `npm run screenshots`: generates the HTML document of each example plan, opens it in
// headless Chromium, fails on any console error, and saves screenshots of the first page
// and of the principles scorecard to test-results/screenshots/, and the README's picture of
// the document (images/document.png: the Busan example's vision chapter). The pictures of the
// editor come from the code-server suite: CPLAN_E2E_PICTURES=1 npm run test:e2e.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { CHROMIUM, openInChromium } from './chromium-page.mjs';

if (!existsSync(CHROMIUM)) {
    console.error(`Chromium is not installed at ${CHROMIUM}: run scripts/ensure-chromium.sh (apt-get install -y chromium).`);
    process.exit(1);
}
const folder = path.resolve('test-results/screenshots');
const README_DOCUMENT = 'busan-marine-bio';
mkdirSync(folder, { recursive: true });
let failed = false;
for (const plan of readdirSync('examples').filter(name => name.endsWith('.cplan'))) {
    const name = path.basename(plan, '.cplan');
    const html = path.join(folder, `${name}.html`);
    const generated = spawnSync(process.execPath, ['out/cli.cjs', 'generate', path.join('examples', plan), '--out', html], { encoding: 'utf8' });
    if (generated.status !== 0) {
        console.error(generated.stderr);
        process.exit(1);
    }
    const { errors } = await openInChromium(html, {
        firstPage: path.join(folder, `${name}-first-page.png`),
        scorecard: path.join(folder, `${name}-scorecard.png`),
        chapters: name === README_DOCUMENT ? { vision: path.resolve('images/document.png') } : {}
    });
    for (const error of errors) {
        console.error(`${name}: console error: ${error}`);
    }
    failed ||= errors.length > 0;
    console.log(`${name}: ${errors.length === 0 ? 'no console errors' : `${errors.length} console error(s)`}; screenshots in ${path.relative(process.cwd(), folder)}/`);
}
process.exit(failed ? 1 : 0);
