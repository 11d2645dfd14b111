import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listZipEntries, packageVsix } from './vsix.js';

describe('the packaged .vsix', () => {
    const folder = mkdtempSync(join(tmpdir(), 'cplan-vsix-'));
    const vsix = join(folder, 'cluster-plan.vsix');
    let entries: string[] = [];

    beforeAll(async () => {
        packageVsix(vsix);
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

    it('works alone: no node_modules, sources, tests or CLI bundle inside', () => {
        const unwanted = entries.filter(name =>
            /(^|\/)node_modules\//.test(name) || /^extension\/(src|test|scripts|bench|\.ci)\//.test(name)
            || /^extension\/out\/cli[.-]/.test(name) || name.startsWith('extension/out/playground/') || name.endsWith('.map'));
        expect(unwanted).toEqual([]);
    });
});
