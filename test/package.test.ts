import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './cli-helpers.js';
import { listZipEntries, packageVsix } from './vsix.js';

describe('the packaged .vsix', () => {
    const folder = mkdtempSync(join(tmpdir(), 'cplan-vsix-'));
    const vsix = join(folder, 'cluster-plan.vsix');
    let entries: string[] = [];
    let output = '';

    beforeAll(async () => {
        output = packageVsix(vsix);
        entries = await listZipEntries(vsix);
    }, 120_000);
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it('carries the bundled client and server, the figure renderer and its fonts, the manifest, grammar and language configuration', () => {
        expect(entries).toEqual(expect.arrayContaining([
            'extension/package.json',
            'extension/out/extension.cjs',
            'extension/out/server.cjs',
            'extension/out/figures/resvg.wasm',
            'extension/out/figures/Pretendard-Regular.otf',
            'extension/out/figures/Pretendard-Bold.otf',
            'extension/out/figures/Pretendard-LICENSE.txt',
            'extension/out/browser/extension-web.js',
            'extension/out/browser/server-worker.js',
            'extension/language-configuration.json',
            'extension/syntaxes/cluster-plan.tmLanguage.json'
        ]));
    });

    it('vsce packages it without a single warning', () => {
        expect(output).toContain('DONE');
        expect(output.split('\n').filter(line => /WARNING/i.test(line))).toEqual([]);
    });

    it('carries what the Marketplace and the editor show: the icons, the changelog, the pictures of the README and the walkthrough', () => {
        const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
        const walkthroughImages = manifest.contributes.walkthroughs.flatMap((walkthrough: { steps: Array<{ media: { image: string } }> }) =>
            walkthrough.steps.map(step => step.media.image));
        const readmeImages = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/!\[[^\]]*\]\((images\/[^)]+)\)/g)].map(match => match[1]);
        expect(readmeImages.length).toBeGreaterThanOrEqual(3);
        expect(entries).toEqual(expect.arrayContaining([
            `extension/${manifest.icon}`,
            `extension/${manifest.contributes.languages[0].icon.light.replace(/^\.\//, '')}`,
            'extension/changelog.md',
            ...[...walkthroughImages, ...readmeImages].map(image => `extension/${image}`)
        ]));
        const icon = readFileSync(join(ROOT, manifest.icon));
        // A PNG of at least 128 × 128, as the Marketplace asks.
        expect(icon.subarray(1, 4).toString()).toBe('PNG');
        expect(icon.readUInt32BE(16)).toBeGreaterThanOrEqual(128);
        expect(icon.readUInt32BE(20)).toBeGreaterThanOrEqual(128);
    });

    it('works alone: no node_modules, sources, tests or CLI bundle inside', () => {
        const unwanted = entries.filter(name =>
            /(^|\/)node_modules\//.test(name) || /^extension\/(src|test|scripts|bench|\.ci)\//.test(name)
            || name === 'extension/out/cli.cjs' || name.startsWith('extension/out/playground/') || name.endsWith('.map'));
        expect(unwanted).toEqual([]);
    });
});
