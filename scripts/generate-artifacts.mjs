// Writes the files made from the grammar (the productions the parser is built from), the rule
// catalogue and the examples (rule pages, settings schema,
// per-rule setting texts, the README's rule tables, the golden documents); with --check it
// writes nothing and fails when a committed file is stale. The generator is TypeScript, so it
// is bundled first into a temporary module.
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TEXT_LOADERS } from './text-loaders.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const check = process.argv.includes('--check');
const folder = mkdtempSync(path.join(tmpdir(), 'cplan-artifacts-'));

/** Bundles `entry` and calls its `update` function; each stage is bundled after the one before has written its files. */
async function runStage(entry, update) {
    const outfile = path.join(folder, `${path.basename(entry, '.ts')}.mjs`);
    await esbuild.build({
        entryPoints: [path.join(root, entry)],
        bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning', loader: TEXT_LOADERS,
        // Langium's CommonJS dependencies call require(): give the ES module one.
        banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" }
    });
    const module = await import(pathToFileURL(outfile).href);
    const { stale } = await module[update](root, check ? 'check' : 'write');
    return stale;
}

try {
    // The parser is built from the productions recorded from the grammar: record them first.
    const stale = [
        ...await runStage('src/tools/recorded-productions-file.ts', 'updateRecordedProductions'),
        ...await runStage('src/tools/write-artifacts.ts', 'updateArtifacts')
    ];
    if (check && stale.length > 0) {
        console.error(`These files are not what the grammar, the rule catalogue and the examples make; run \`npm run build\` and commit them:\n${stale.map(file => `  ${file}`).join('\n')}`);
        process.exitCode = 1;
    }
} finally {
    rmSync(folder, { recursive: true, force: true });
}
