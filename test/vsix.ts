import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VSCE = fileURLToPath(new URL('../node_modules/@vscode/vsce/vsce', import.meta.url));

/**
 * Packages the already built extension into `outFile` exactly as `npm run package` does
 * (without rebuilding) and returns what vsce printed. Throws with vsce's own output when
 * packaging fails.
 */
export function packageVsix(outFile: string): string {
    const result = spawnSync(process.execPath, [VSCE, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', outFile], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 120_000
    });
    if (result.status !== 0) {
        throw new Error(`vsce package failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    }
    return `${result.stdout}${result.stderr}`;
}

/** The names of all entries in a zip file such as a .vsix, in archive order. */
export function listZipEntries(zipFile: string): string[] {
    const names: string[] = [];
    // The filter sees every entry in archive order; refusing them all skips decompression.
    unzipSync(readFileSync(zipFile), { filter: file => { names.push(file.name); return false; } });
    return names;
}
