import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CHROMIUM, closeChromium, newChromiumPage } from '../scripts/chromium-page.mjs';
import { shareLink } from '../src/playground/share-link.js';
import { median, percentile, type Repetitions } from './stats.js';

export type PlaygroundResults =
    | {
        readonly available: true;
        /** The page's JavaScript and CSS, gzipped (level 9) as a static host would serve them. */
        readonly gzipBytes: number;
        /** Opening the page (from file://, the default example) → its first diagnostics: median and slowest of the loads. */
        readonly firstDiagnostics: { readonly median: number; readonly max: number; readonly loads: number };
        /** Typing into a plan of `lines` lines once the page has settled: each keystroke → the next frame, and the longest main-thread task meanwhile. */
        readonly typing: { readonly lines: number; readonly p50: number; readonly p95: number; readonly samples: number; readonly longestTask: number };
    }
    | { readonly available: false; readonly reason: string };

/**
 * The playground (out/playground/) in headless Chromium: its size, how soon it shows the first
 * diagnostics, and whether typing keeps up on a large plan, which reaches the page through a
 * share link as a user's would.
 */
export async function measurePlayground(root: string, plan: string, loads: Repetitions, keystrokes: number): Promise<PlaygroundResults> {
    const folder = path.join(root, 'out', 'playground');
    if (!existsSync(path.join(folder, 'index.html'))) {
        return { available: false, reason: 'out/playground/ is missing: run `npm run build`' };
    }
    if (!existsSync(CHROMIUM)) {
        return { available: false, reason: `no Chromium at ${CHROMIUM} (scripts/ensure-chromium.sh installs it)` };
    }
    const gzipBytes = readdirSync(folder).filter(file => /\.(js|css)$/.test(file))
        .reduce((sum, file) => sum + gzipSync(readFileSync(path.join(folder, file)), { level: 9 }).length, 0);
    const page = pathToFileURL(path.join(folder, 'index.html')).href;
    const { page: tab, close } = await newChromiumPage({ width: 1280, height: 800 });
    try {
        const firstDiagnostics: number[] = [];
        for (let load = 0; load < loads.warmup + loads.runs; load++) {
            await tab.goto('about:blank');
            await tab.goto(page);
            const at = await tab.waitForFunction(() => performance.getEntriesByName('cplan-first-diagnostics')[0]?.startTime, undefined, { timeout: 60_000 });
            if (load >= loads.warmup) {
                firstDiagnostics.push(Number(await at.jsonValue()));
            }
        }

        // The large plan arrives through a share link, as a user's would.
        await tab.goto('about:blank');
        await tab.goto(shareLink(page, plan));
        // Typing starts once the page has settled: diagnostics shown, the document previewed, a second of quiet.
        await tab.waitForFunction(() => performance.getEntriesByName('cplan-first-diagnostics').length > 0, undefined, { timeout: 60_000 });
        await tab.locator('#preview[data-version]').waitFor({ timeout: 60_000 });
        await tab.waitForTimeout(1000);
        await tab.evaluate(() => {
            const state = window as unknown as { cplanBench: { latencies: number[]; longest: number } };
            state.cplanBench = { latencies: [], longest: 0 };
            new PerformanceObserver(list => {
                for (const entry of list.getEntries()) {
                    state.cplanBench.longest = Math.max(state.cplanBench.longest, entry.duration);
                }
            }).observe({ type: 'longtask' });
            document.addEventListener('keydown', event => {
                const start = event.timeStamp;
                requestAnimationFrame(() => setTimeout(() => state.cplanBench.latencies.push(performance.now() - start)));
            }, true);
        });
        // Typing goes into a string, where every keystroke changes the plan but not its structure.
        await tab.locator('.cm-line', { hasText: /"[^"]{4,}"/ }).first().click();
        for (let key = 0; key < keystrokes; key++) {
            await tab.keyboard.type(key % 2 === 0 ? 'x' : 'y');
            await tab.waitForTimeout(40);
        }
        await tab.waitForTimeout(500);
        const typing = await tab.evaluate(() => (window as unknown as { cplanBench: { latencies: number[]; longest: number } }).cplanBench);
        return {
            available: true,
            gzipBytes,
            firstDiagnostics: { median: median(firstDiagnostics), max: Math.max(...firstDiagnostics), loads: firstDiagnostics.length },
            typing: {
                lines: plan.split('\n').length,
                p50: percentile(typing.latencies, 0.5),
                p95: percentile(typing.latencies, 0.95),
                samples: typing.latencies.length,
                longestTask: typing.longest
            }
        };
    } finally {
        await close();
        await closeChromium();
    }
}
