// Opens local HTML files in headless Debian Chromium (driven by playwright-core, no
// downloaded browser): a fresh profile per launch, removed when the browser is closed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * A headless Chromium with a throw-away profile; `close` also removes the profile.
 * @param {{ width: number, height: number }} viewport
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, page: import('playwright-core').Page, close: () => Promise<void> }>}
 */
export async function launchChromium(viewport) {
    const profile = mkdtempSync(path.join(tmpdir(), 'cplan-chromium-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS, viewport });
    const page = context.pages()[0] ?? await context.newPage();
    return {
        context, page,
        close: async () => {
            await context.close();
            rmSync(profile, { recursive: true, force: true });
        }
    };
}

/**
 * Opens a generated document and reports the console errors it caused; optionally takes screenshots.
 * @param {string} htmlFile
 * @param {{ firstPage?: string, scorecard?: string, chapters?: Record<string, string> }} [screenshots] where to write PNGs (`chapters`: by chapter id)
 * @returns {Promise<{ errors: string[], chapterCount: number, figures: Array<{ className: string, width: number, height: number }> }>}
 */
export async function openInChromium(htmlFile, screenshots = {}) {
    const { page, close } = await launchChromium({ width: 900, height: 1270 });
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
