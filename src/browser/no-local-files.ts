/**
 * What `node:fs`, `node:path` and `node:url` are in the browser bundles (scripts/bundle-browser.mjs).
 * The language server reaches the local file system in two places, and a browser has none: the
 * size of a workspace plan (src/lsp/workspace-manager.ts), which in a browser the editor lists
 * with the folder (src/browser/editor-file-system.ts), so it is never asked here; and the rule
 * pages of the package (src/lsp/rule-docs-link.ts), which are not found here.
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
