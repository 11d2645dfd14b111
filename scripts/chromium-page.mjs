// Opens local HTML files in headless Debian Chromium (driven by playwright-core, no
// downloaded browser). One browser per process, launched on first use: a launch costs about
// 1.5 s, a page in a context of its own (its own storage, as a fresh profile had) a few tens
// of milliseconds, and the tests open a dozen.
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** @type {Promise<import('playwright-core').Browser> | undefined} */
let browser;

/**
 * A page of the process's headless Chromium in a context of its own; `close` closes the
 * context. The browser stays for the next page until `closeChromium`, or until the process
 * ends (Playwright ends the browsers it launched as their process exits).
 * @param {{ width: number, height: number }} viewport
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, page: import('playwright-core').Page, close: () => Promise<void> }>}
 */
export async function newChromiumPage(viewport) {
    // A browser that crashed under an earlier test is not the next one's problem.
    if (browser && !(await browser.catch(() => undefined))?.isConnected()) {
        browser = undefined;
    }
    browser ??= chromium.launch({ executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS });
    const context = await (await browser).newContext({ viewport });
    const page = await context.newPage();
    return { context, page, close: () => context.close() };
}

/** Closes the process's Chromium, which a script that ends without `process.exit` must do. */
export async function closeChromium() {
    const launched = browser;
    browser = undefined;
    await (await launched)?.close();
}

/**
 * Opens a generated document and reports the console errors it caused; optionally takes screenshots.
 * @param {string} htmlFile
 * @param {{ firstPage?: string, scorecard?: string, chapters?: Record<string, string> }} [screenshots] where to write PNGs (`chapters`: by chapter id)
 * @returns {Promise<{ errors: string[], chapterCount: number, figures: Array<{ className: string, width: number, height: number }> }>}
 */
export async function openInChromium(htmlFile, screenshots = {}) {
    const { page, close } = await newChromiumPage({ width: 900, height: 1270 });
    try {
        const errors = [];
        page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
        page.on('pageerror', error => errors.push(error.message));
        await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load' });
        await page.evaluate(() => document.fonts.ready);
        if (screenshots.firstPage) {
            await page.screenshot({ path: screenshots.firstPage });
        }
        if (screenshots.scorecard) {
            await page.locator('#chapter-scorecard').screenshot({ path: screenshots.scorecard });
        }
        for (const [chapter, file] of Object.entries(screenshots.chapters ?? {})) {
            await page.locator(`#chapter-${chapter}`).screenshot({ path: file });
        }
        const chapterCount = await page.locator('section.chapter').count();
        // Each figure as laid out: an SVG that failed to draw has no size.
        const figures = await page.locator('figure svg').evaluateAll(svgs => svgs.map(svg => {
            const box = svg.getBoundingClientRect();
            return { className: svg.getAttribute('class') ?? '', width: box.width, height: box.height };
        }));
        return { errors, chapterCount, figures };
    } finally {
        await close();
    }
}
