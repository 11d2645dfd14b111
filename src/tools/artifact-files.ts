import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Compares each generated file (path relative to `root` → the text it should have) with the
 * committed one; writes those that differ (`write`) or only lists them (`check`). Returns the
 * paths that differed.
 */
export function updateGeneratedFiles(root: string, wanted: ReadonlyMap<string, string>, mode: 'write' | 'check'): string[] {
    const stale: string[] = [];
    for (const [file, text] of wanted) {
        const absolute = path.join(root, file);
        if (existsSync(absolute) && readFileSync(absolute, 'utf8') === text) {
            continue;
        }
        stale.push(file);
        if (mode === 'write') {
            mkdirSync(path.dirname(absolute), { recursive: true });
            writeFileSync(absolute, text);
        }
    }
    return stale;
}
