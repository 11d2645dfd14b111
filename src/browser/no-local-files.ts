/**
 * What `node:fs`, `node:path` and `node:url` are in the browser bundles (scripts/bundle-browser.mjs).
 * The language code reaches the local file system in two places, and a browser has none:
 * - the rule pages inside an installed package (src/language/rule-docs-link.ts): none exist,
 *   so diagnostics carry no link to a page;
 * - the size of a workspace plan (src/language/workspace-manager.ts): in a browser the editor
 *   lists it with the folder (src/browser/editor-file-system.ts), so it is never asked here.
 */

export function existsSync(): boolean {
    return false;
}

export function statSync(): never {
    throw new Error('a browser has no local file system');
}

export function join(...parts: string[]): string {
    return parts.join('/').replace(/\/+/g, '/');
}

export function dirname(path: string): string {
    return path.slice(0, path.lastIndexOf('/')) || '/';
}

export function pathToFileURL(): never {
    throw new Error('a browser has no local file system');
}
