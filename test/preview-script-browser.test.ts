import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM, newChromiumPage } from '../scripts/chromium-page.mjs';
import { renderHtml } from '../src/document/render/html.js';
import { PREVIEW_SCRIPT } from '../src/extension/preview-script.js';
import { modelOf } from './document-helpers.js';
import { example } from './helpers.js';

/**
 * The VS Code preview's script in headless Chromium, in the document as the preview embeds it,
 * with a stand-in for the webview's `acquireVsCodeApi`: what the editor posts to it, and what
 * it posts back.
 */
const folder = mkdtempSync(path.join(tmpdir(), 'cplan-preview-script-'));
let page: Page;
let close: () => Promise<void>;
const errors: string[] = [];

beforeAll(async () => {
    expect(existsSync(CHROMIUM), `Chromium is not installed at ${CHROMIUM}: run scripts/ensure-chromium.sh`).toBe(true);
    ({ page, close } = await newChromiumPage({ width: 900, height: 700 }));
    page.on('pageerror', error => errors.push(error.message));
    const html = renderHtml(await modelOf(example('daegu-draft.cplan')), { nonce: 'test', cspSource: 'about:', script: PREVIEW_SCRIPT });
    await page.addInitScript(() => {
        const posted: unknown[] = [];
        (window as unknown as { posted: unknown[] }).posted = posted;
        (window as unknown as { acquireVsCodeApi: () => unknown }).acquireVsCodeApi = () => ({ postMessage: (message: unknown) => posted.push(message), getState: () => undefined, setState: () => undefined });
    });
    const file = path.join(folder, 'preview.html');
    writeFileSync(file, html);
    await page.goto(pathToFileURL(file).href);
}, 60_000);

afterAll(async () => {
    await close?.();
    rmSync(folder, { recursive: true, force: true });
});

const posted = () => page.evaluate(() => (window as unknown as { posted: unknown[] }).posted);
const fromEditor = (message: unknown) => page.evaluate(sent => window.postMessage(sent, '*'), message);
const banner = () => page.locator('#cplan-stale');

describe('the script of the VS Code preview', () => {
    test('says it is ready, and sends a click on a scorecard row as the line to reveal', async () => {
        expect(await posted()).toContainEqual({ type: 'ready' });
        const row = page.locator('tr[data-line]').first();
        await row.scrollIntoViewIfNeeded();
        const line = Number(await row.getAttribute('data-line'));
        await row.click();
        expect(await posted()).toContainEqual({ type: 'reveal', line });
    });

    test('shows the editor\'s banner over the document while the plan has syntax errors, as text, and takes it away', async () => {
        await fromEditor({ type: 'stale', text: '구문 오류 2개: <b>마지막</b> 계획' });
        await expect.poll(() => banner().textContent()).toBe('구문 오류 2개: <b>마지막</b> 계획');
        expect(await banner().locator('b').count()).toBe(0);
        expect(await banner().getAttribute('role')).toBe('status');
        await fromEditor({ type: 'stale' });
        await expect.poll(() => banner().count()).toBe(0);
        expect(errors).toEqual([]);
    });
});
