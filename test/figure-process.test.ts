import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { asksForPictures, FigureProcess, startFigureProcessEarly } from '../src/document/render/figure-process.js';
import { layOutFigures, type FigureLayout } from '../src/document/render/figures.js';
import { FIGURE_FRAME } from '../src/document/render/hwpx/styles.js';
import { resvgRasterizer } from '../src/document/render/resvg-rasterizer.js';
import { ROOT } from './cli-helpers.js';
import { modelOf } from './document-helpers.js';
import { example } from './helpers.js';

/** The figure process as `cplan` starts it, from the build. */
const FIGURE_PROCESS = path.join(ROOT, 'out/cli-figures.cjs');

let folder: string;
let layouts: FigureLayout[];

beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'cplan-figure-process-'));
    layouts = [...layOutFigures(await modelOf(example('busan-marine-bio.cplan')), FIGURE_FRAME).values()];
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Draws every figure with `figures` and checks each picture against the one this process draws. */
async function expectDrawnAsHere(figures: FigureProcess): Promise<void> {
    try {
        const drawn = await Promise.all(layouts.map(layout => figures.rasterize(layout.svg, layout.pixelWidth, layout.pixelHeight)));
        expect(drawn).toHaveLength(3);
        for (const [index, layout] of layouts.entries()) {
            const here = await resvgRasterizer(layout.svg, layout.pixelWidth, layout.pixelHeight);
            expect(Buffer.from(drawn[index]).equals(Buffer.from(here)), `figure ${index + 1}`).toBe(true);
        }
    } finally {
        figures.close();
    }
}

describe('the figure process of cplan generate and cplan portfolio', () => {
    test('draws the figures of a plan exactly as the command itself would', async () => {
        await expectDrawnAsHere((await FigureProcess.start(FIGURE_PROCESS))!);
    });

    test('when the process ends before it has drawn, the command draws the figures itself', async () => {
        const ending = path.join(folder, 'ends-at-once.cjs');
        writeFileSync(ending, 'process.exit(3);\n');
        await expectDrawnAsHere((await FigureProcess.start(ending))!);
    });

    test('a figure resvg cannot draw fails in the words resvg fails with in the command', async () => {
        const figures = (await FigureProcess.start(FIGURE_PROCESS))!;
        try {
            const here = await resvgRasterizer('<svg', 10, 10).then(() => 'drawn', (error: Error) => error.message);
            expect(here).not.toBe('drawn');
            await expect(figures.rasterize('<svg', 10, 10)).rejects.toThrow(here);
        } finally {
            figures.close();
        }
    });

    test('started by cplan before the command is loaded, is taken over by the command', async () => {
        startFigureProcessEarly(['generate', 'plan.cplan', '--format', 'hwpx'], FIGURE_PROCESS);
        // Taken over, not started: the command's own script would not be found.
        const figures = await FigureProcess.start(path.join(folder, 'absent.cjs'));
        expect(figures).toBeDefined();
        await expectDrawnAsHere(figures!);
        expect(await FigureProcess.start(path.join(folder, 'absent.cjs'))).toBeUndefined();
    });

    test('is started early only for a command whose arguments ask for DOCX or HWPX', () => {
        expect(asksForPictures(['generate', 'plan.cplan', '--format', 'hwpx'])).toBe(true);
        expect(asksForPictures(['generate', '--format=docx', 'plan.cplan', '--lang', 'en'])).toBe(true);
        expect(asksForPictures(['portfolio', 'plans', '--format', 'hwpx', '--out', 'all.hwpx'])).toBe(true);
        expect(asksForPictures(['generate', 'plan.cplan'])).toBe(false);
        expect(asksForPictures(['generate', 'plan.cplan', '--format', 'md'])).toBe(false);
        expect(asksForPictures(['portfolio', 'plans', '--format', 'json'])).toBe(false);
        expect(asksForPictures(['check', 'plan.cplan', '--format', 'hwpx'])).toBe(false);
    });

    test('is not started where its script is absent, as when the command runs from its sources', async () => {
        expect(await FigureProcess.start(path.join(folder, 'absent.cjs'))).toBeUndefined();
    });
});
