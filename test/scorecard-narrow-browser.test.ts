import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { CHROMIUM, newChromiumPage } from '../scripts/chromium-page.mjs';
import { renderHtml } from '../src/document/render/html.js';
import { modelOf } from './document-helpers.js';
import { example } from './helpers.js';

const folder = mkdtempSync(path.join(tmpdir(), 'cplan-scorecard-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the scorecard of a narrow preview, in headless Chromium', () => {
    test.each([400, 700])('at %i px every rule id stays on one line, inside the page', async width => {
        expect(existsSync(CHROMIUM), `Chromium is not installed at ${CHROMIUM}`).toBe(true);
        const file = path.join(folder, `daegu-${width}.html`);
        writeFileSync(file, renderHtml(await modelOf(example('daegu-draft.cplan'))));
        const { page, close } = await newChromiumPage({ width, height: 900 });
        try {
            await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
            const ids = await page.locator('.scorecard td.rule code').evaluateAll(codes => codes.map(code => {
                const lines = code.getClientRects().length;
                const box = code.getBoundingClientRect();
                return { id: code.textContent, lines, right: box.right, height: box.height };
            }));
            expect(ids.length).toBeGreaterThan(40);
            expect(ids.filter(id => id.lines !== 1).map(id => id.id)).toEqual([]);
            const pageWidth = await page.evaluate(() => document.documentElement.clientWidth);
            expect(ids.filter(id => id.right > pageWidth).map(id => id.id)).toEqual([]);
            // One line of text high: not a column of letters.
            expect(Math.max(...ids.map(id => id.height))).toBeLessThan(30);
        } finally {
            await close();
        }
    }, 60_000);
});
