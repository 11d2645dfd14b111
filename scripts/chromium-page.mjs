// Opens a local HTML file in headless Debian Chromium (driven by playwright-core, no
// downloaded browser) and reports the console errors it caused; optionally takes screenshots.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * @param {string} htmlFile
 * @param {{ firstPage?: string, scorecard?: string, chapters?: Record<string, string> }} [screenshots] where to write PNGs (`chapters`: by chapter id)
 * @returns {Promise<{ errors: string[], chapterCount: number }>}
 */
export async function openInChromium(htmlFile, screenshots = {}) {
    const profile = mkdtempSync(path.join(tmpdir(), 'cplan-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM, headless: true, args: LAUNCH_ARGS, viewport: { width: 900, height: 1270 }
    });
    try {
        const page = context.pages()[0] ?? await context.newPage();
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
        return { errors, chapterCount };
    } finally {
        await context.close();
        rmSync(profile, { recursive: true, force: true });
    }
}
