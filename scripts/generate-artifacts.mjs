// Writes the files made from the rule catalogue (docs/rules, the settings schema in
// package.json, per-rule texts in package.nls*.json). The catalogue is TypeScript, so it is
// bundled first into a temporary module.
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const folder = mkdtempSync(path.join(tmpdir(), 'cplan-artifacts-'));
try {
    const outfile = path.join(folder, 'write-artifacts.mjs');
    await esbuild.build({
        entryPoints: [path.join(root, 'src/tools/write-artifacts.ts')],
        bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning',
        // The catalogue imports types only from langium; nothing of it is needed at run time.
        external: ['langium', 'vscode-languageserver*']
    });
    const { writeArtifacts } = await import(pathToFileURL(outfile).href);
    writeArtifacts(root);
} finally {
    rmSync(folder, { recursive: true, force: true });
}
