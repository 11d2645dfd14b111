import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CHROMIUM, openInChromium } from '../scripts/chromium-page.mjs';
import { renderHtml } from '../src/document/render/html.js';
import { modelOf } from './document-helpers.js';
import { example } from './helpers.js';

const folder = mkdtempSync(path.join(tmpdir(), 'cplan-browser-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe.each(['busan-marine-bio', 'daegu-draft'])('the HTML document of %s in headless Chromium', name => {
    test('loads with no console error and shows its eight chapters', async () => {
        // This check needs Debian's chromium; .ci/run installs it through scripts/ensure-chromium.sh.
        expect(existsSync(CHROMIUM), `Chromium is not installed at ${CHROMIUM}: run scripts/ensure-chromium.sh (apt-get install -y chromium)`).toBe(true);
        const file = path.join(folder, `${name}.html`);
        writeFileSync(file, renderHtml(await modelOf(example(`${name}.cplan`))));
        const { errors, chapterCount } = await openInChromium(file);
        expect(errors).toEqual([]);
        expect(chapterCount).toBe(8);
    }, 60_000);
});
