/** What the language server in a browser worker and its editor exchange besides LSP. */

/**
 * Server → editor: the workspace's files, which a worker cannot read itself. VS Code for the
 * web answers them through its file system API (src/browser/extension-web.ts).
 */
export const READ_DIRECTORY = 'cplan/readDirectory';
export const STAT = 'cplan/stat';
export const READ_FILE = 'cplan/readFile';

export interface UriParams {
    readonly uri: string;
}

/** A folder entry; plan files carry their size, so that files too large to be plans are left out. */
export interface EditorFileEntry {
    readonly uri: string;
    readonly isFile: boolean;
    readonly isDirectory: boolean;
    readonly size?: number;
}

/** `null` when nothing exists at the URI. */
export type StatResult = EditorFileEntry | null;
