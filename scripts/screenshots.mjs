// `npm run screenshots`: generates the HTML document of each example plan, opens it in
// headless Chromium, fails on any console error, and saves screenshots of the first page
// and of the principles scorecard to test-results/screenshots/; then takes the README's
// pictures of the document (images/document.png: the Busan example's vision chapter) and of the
// playground (images/playground.png) at 1280×800. The pictures of the editor come from the
// code-server suite: CPLAN_E2E_PICTURES=1 npm run test:e2e.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM, newChromiumPage, openInChromium } from './chromium-page.mjs';

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

// The playground with the Daegu draft: findings in the editor, the quick fixes of a line, and
// the document beside it at the principles scorecard.
const { page, close } = await newChromiumPage({ width: 1280, height: 800 });
try {
    page.on('pageerror', error => { console.error(`playground: ${error.message}`); failed = true; });
    await page.goto(pathToFileURL(path.resolve('out/playground/index.html')).href);
    await page.selectOption('#example-picker', 'daegu-draft.cplan');
    await page.locator('#preview[data-version]').waitFor();
    await page.locator('.cm-editor .cm-rule-agency-independent').first().waitFor();
    await page.click('#to-scorecard');
    await page.locator('.cm-line', { hasText: 'leadership government' }).click();
    await page.keyboard.press('End');
    await page.keyboard.press('Control+.');
    await page.locator('.quick-fix-menu').waitFor();
    mkdirSync('images', { recursive: true });
    await page.screenshot({ path: 'images/playground.png' });
    console.log('playground: images/playground.png');
} finally {
    await close();
}
process.exit(failed ? 1 : 0);
