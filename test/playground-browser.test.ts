import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM, newChromiumPage } from '../scripts/chromium-page.mjs';
import { example } from './helpers.js';
import { firstEntry, partsOf, textPart } from './hwpx-helpers.js';

/**
 * The playground (out/playground/, built by `npm run build`) in headless Chromium, opened from
 * file:// as a planner would open the downloaded folder: everything a user does, through the
 * page itself. The steps share one page and run in order.
 */
const PLAYGROUND = pathToFileURL(new URL('../out/playground/index.html', import.meta.url).pathname).href;

let page: Page;
let close: () => Promise<void>;
const problems: string[] = [];
const requests: string[] = [];

const editorLine = (text: string) => page.locator('.cm-line', { hasText: text });
const finding = (code: string) => page.locator(`.cm-editor .cm-rule-${code}`);
const preview = () => page.frameLocator('#preview');

async function downloadText(kind: 'cplan' | 'html'): Promise<string> {
    const download = await startDownload(kind);
    return readFileSync((await download.path())!, 'utf8');
}

async function startDownload(kind: string): Promise<Download> {
    await page.click('#download');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-download="${kind}"]`)]);
    return download;
}

beforeAll(async () => {
    expect(existsSync(CHROMIUM), `Chromium is not installed at ${CHROMIUM}: run scripts/ensure-chromium.sh`).toBe(true);
    ({ page, close } = await newChromiumPage({ width: 1280, height: 800 }));
    page.on('console', message => { if (message.type() === 'error') problems.push(message.text()); });
    page.on('pageerror', error => problems.push(error.message));
    page.on('request', request => { if (!/^(file|blob|data|about):/.test(request.url())) requests.push(request.url()); });
    await page.goto(PLAYGROUND);
});

afterAll(async () => {
    await close?.();
});

describe('the playground opened from file://', () => {
    test('loads the Daegu example and shows its findings in the editor', async () => {
        await page.selectOption('#example-picker', 'daegu-draft.cplan');
        await expect.poll(() => finding('agency-independent').count(), { timeout: 15_000 }).toBeGreaterThan(0);
        // The other findings stay: the editor shows them again once the new diagnostics are in.
        await expect.poll(() => finding('private-led').count(), { timeout: 10_000 }).toBeGreaterThan(0);
        expect(await page.locator('.cm-lintRange-error').count()).toBeGreaterThan(0);
        expect(await page.locator('#problems').textContent()).toMatch(/^오류 \d+ · 경고 \d+ · 정보 \d+$/);
        // Colouring comes from the grammar: `agency` opens an item, `mandate` is a clause word.
        expect(await editorLine('agency DBP').locator('span').first().textContent()).toBe('agency');
        expect(new Set(await editorLine('agency DBP').locator('span').evaluateAll(spans => spans.map(span => getComputedStyle(span).color))).size).toBeGreaterThan(2);
    });

    test('typing the fix removes the finding while typing', async () => {
        await editorLine('mandate "바이오 사업 관리"').click();
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('independent');
        await expect.poll(() => finding('agency-independent').count(), { timeout: 10_000 }).toBe(0);
        // The other findings stay: the editor shows them again once the new diagnostics are in.
        await expect.poll(() => finding('private-led').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    });

    test('a quick fix from the menu (Ctrl+.) fixes the line, and the preview follows', async () => {
        await expect.poll(() => preview().locator('tr[data-rule="private-led"]').getAttribute('class'), { timeout: 10_000 }).toContain('status-failed');
        await editorLine('leadership government').click();
        await page.keyboard.press('Control+.');
        const fix = page.locator('.quick-fix-menu [role="menuitem"]', { hasText: 'leadership private' });
        await fix.waitFor({ timeout: 10_000 });
        await fix.click();
        await expect.poll(() => editorLine('leadership private').count()).toBe(1);
        await expect.poll(() => finding('private-led').count(), { timeout: 10_000 }).toBe(0);
        await expect.poll(() => preview().locator('tr[data-rule="private-led"]').getAttribute('class'), { timeout: 10_000 }).toContain('status-passed');
        expect(await preview().locator('tr[data-rule="agency-independent"]').getAttribute('class')).toContain('status-passed');
    });

    test('a click on a scorecard row moves the cursor to the plan line', async () => {
        const row = preview().locator('tr[data-rule="world-class-research"][data-line]');
        const line = Number(await row.getAttribute('data-line'));
        await row.click();
        await expect.poll(() => page.locator('.cm-lineNumbers .cm-activeLineGutter').textContent()).toBe(String(line + 1));
    });

    test('a syntax error keeps the last document, under a banner that goes once the plan parses again', async () => {
        const banner = () => preview().locator('#cplan-stale');
        await editorLine('leadership private').click();
        await page.keyboard.press('End');
        await page.keyboard.type(' {');
        await expect.poll(() => banner().textContent(), { timeout: 10_000 }).toMatch(/^구문 오류 \d+개/);
        expect(await preview().locator('tr[data-rule="private-led"]').count()).toBe(1);
        await page.keyboard.press('Backspace');
        await page.keyboard.press('Backspace');
        await expect.poll(() => banner().count(), { timeout: 10_000 }).toBe(0);
    });

    test('a share link carries the plan: opened afresh, it gives the same plan', async () => {
        const plan = await downloadText('cplan');
        expect(plan).toContain('independent');
        await page.click('#share');
        const link = await page.inputValue('#share-link');
        expect(link).toMatch(/^file:.*index\.html#plan=[\w-]+$/);
        // Another browser's storage: only the link can bring the plan.
        await page.evaluate(() => localStorage.clear());
        await page.goto('about:blank');
        await page.goto(link);
        await expect.poll(() => finding('agency-required').count(), { timeout: 15_000 }).toBe(0);
        expect(await downloadText('cplan')).toBe(plan);
        expect(page.url()).not.toContain('#plan=');
    });

    test('the plan is kept in the browser across reloads', async () => {
        const plan = await downloadText('cplan');
        await page.reload();
        await editorLine('leadership private').waitFor();
        expect(await downloadText('cplan')).toBe(plan);
    });

    test('downloads the plan document as HTML, HWPX and DOCX', async () => {
        const html = await downloadText('html');
        expect(html).toContain('원칙 점검표');
        expect(html).toContain('대구 바이오 클러스터 육성계획');
        const docx = await startDownload('docx');
        expect(docx.suggestedFilename()).toBe('DaeguDraft.docx');
        expect(readFileSync((await docx.path())!).subarray(0, 2).toString()).toBe('PK');

        // The 한글 package, zipped in the page's worker: the format's first entry, the plan's text, a picture for each figure drawn on the page's canvas.
        const download = await startDownload('hwpx');
        expect(download.suggestedFilename()).toBe('DaeguDraft.hwpx');
        const hwpx = new Uint8Array(readFileSync((await download.path())!));
        expect(firstEntry(hwpx)).toEqual({ method: 0, name: 'mimetype', content: 'application/hwp+zip', extraLength: 0, dataDescriptor: false });
        const parts = partsOf(hwpx);
        expect(textPart(parts, 'Contents/section0.xml')).toContain('대구 바이오 클러스터 육성계획');
        const pictures = [...parts.keys()].filter(name => name.startsWith('BinData/'));
        expect(pictures.length).toBeGreaterThan(0);
        for (const picture of pictures) {
            expect(Buffer.from(parts.get(picture)!.subarray(0, 8)).toString('hex'), picture).toBe('89504e470d0a1a0a');
            expect(textPart(parts, 'Contents/section0.xml'), picture).toContain(`binaryItemIDRef="${picture.slice('BinData/'.length, -'.png'.length)}"`);
        }
    });

    test('switches to English: page, diagnostics and hover', async () => {
        await page.click('[data-locale="en"]');
        expect(await page.locator('h1').textContent()).toBe('Cluster Plan Playground');
        // The longer English tagline ends before the toolbar, cut short, rather than under it.
        const tagline = (await page.locator('.tagline').boundingBox())!;
        expect(tagline.x + tagline.width).toBeLessThanOrEqual((await page.locator('.toolbar').boundingBox())!.x);
        await expect.poll(() => page.locator('#problems').textContent(), { timeout: 10_000 }).toMatch(/error/);
        await page.click('#problems');
        const panel = page.locator('.cm-panel-lint');
        await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain('The assessment names no weakness.');
        await page.click('[data-locale="ko"]');
        expect(await page.locator('h1').textContent()).toBe('Cluster Plan 플레이그라운드');
        await expect.poll(() => panel.textContent(), { timeout: 10_000 }).toContain('현황 진단에 약점(weakness)이 적혀 있지 않습니다');
        await page.keyboard.press('Escape');
    });

    test('hovering a keyword shows its explanation with the report passage', async () => {
        await editorLine('horizon 2026 to 2030').locator('span', { hasText: /^horizon$/ }).last().hover();
        const tooltip = page.locator('.cm-tooltip-hover');
        await tooltip.waitFor({ timeout: 10_000 });
        expect(await tooltip.textContent()).toMatch(/[\uAC00-\uD7A3]/);
    });

    test('a hover never renders markup written into the plan', async () => {
        await editorLine('leadership private').click();
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('firm Xss "<img id=injected src=x>" { owner');
        await page.keyboard.press('Escape');
        await editorLine('firm Xss').locator('span', { hasText: /^Xss$/ }).last().hover();
        const tooltip = page.locator('.cm-tooltip-hover');
        await expect.poll(() => tooltip.textContent(), { timeout: 10_000 }).toContain('Xss');
        expect(await tooltip.locator('img').count()).toBe(0);
        await page.keyboard.press('Control+z');
    });

    test('completion offers the values of a clause', async () => {
        await editorLine('leadership private').click();
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('leadership ');
        await page.keyboard.press('Control+Space');
        const options = page.locator('.cm-tooltip-autocomplete li');
        await options.first().waitFor({ timeout: 10_000 });
        expect(await options.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('joint')]));
        await page.keyboard.press('Escape');
    });

    test('formatting tidies the plan', async () => {
        // The edited plan is replaced only once the user agrees.
        page.once('dialog', dialog => void dialog.accept());
        await page.selectOption('#example-picker', 'busan-marine-bio.cplan');
        await editorLine('region "부산광역시"').waitFor();
        await editorLine('region "부산광역시"').click();
        await page.keyboard.press('Home');
        await page.keyboard.type('      ');
        await page.click('#format');
        await expect.poll(async () => (await editorLine('region "부산광역시"').textContent())?.match(/^\s*/)?.[0].length).toBe(4);
        expect((await downloadText('cplan')).match(/region "부산광역시"/g)).toHaveLength(1);
    });

    test('opens a plan file from the computer in place of the plan, as one edit; a file not saved as UTF-8 is refused in cplan\'s words', async () => {
        await editorLine('region "부산광역시"').click();
        await page.keyboard.press('End');
        await page.keyboard.type(' // 내 메모');
        const edited = await downloadText('cplan');
        // Saved by a Windows editor, with a byte-order mark, which the editor leaves out as cplan does.
        const wonju = example('wonju-medical-device.cplan');
        const question = new Promise<string>(resolve => page.once('dialog', dialog => {
            resolve(dialog.message());
            void dialog.accept();
        }));
        await page.setInputFiles('#open-file', { name: '원주.cplan', mimeType: 'text/plain', buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(wonju)]) });
        expect(await question).toContain('원주.cplan');
        await expect.poll(() => downloadText('cplan')).toBe(wonju);
        await expect.poll(() => page.locator('#problems').textContent(), { timeout: 10_000 }).toBe('오류 0 · 경고 0 · 정보 1');
        await page.keyboard.press('Control+z');
        await expect.poll(() => downloadText('cplan')).toBe(edited);

        // "계획" in EUC-KR, as an old editor saves it.
        const refusal = new Promise<string>(resolve => page.once('dialog', dialog => {
            resolve(dialog.message());
            void dialog.accept();
        }));
        await page.setInputFiles('#open-file', { name: '옛날.cplan', mimeType: 'text/plain', buffer: Buffer.from([0xb0, 0xe8, 0xc8, 0xb9, 0x20, 0x50]) });
        expect(await refusal).toBe('UTF-8로 저장된 파일이 아닙니다 (CP949/EUC-KR로 저장했다면 UTF-8로 다시 저장하세요): 옛날.cplan');
        expect(await downloadText('cplan')).toBe(edited);
    });

    test('a plan file dropped on the editor opens as 열기 opens one, in place of the plan', async () => {
        const daegu = example('daegu-draft.cplan');
        const question = new Promise<string>(resolve => page.once('dialog', dialog => {
            resolve(dialog.message());
            void dialog.accept();
        }));
        const dataTransfer = await page.evaluateHandle(text => {
            const transfer = new DataTransfer();
            transfer.items.add(new File([text], '대구.cplan', { type: 'text/plain' }));
            return transfer;
        }, daegu);
        await page.dispatchEvent('.cm-content', 'drop', { dataTransfer });
        expect(await question).toContain('대구.cplan');
        await expect.poll(() => downloadText('cplan')).toBe(daegu);
    });

    test('fetched nothing and logged no error', () => {
        expect(requests).toEqual([]);
        expect(problems).toEqual([]);
    });
});
