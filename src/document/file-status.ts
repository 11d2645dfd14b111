import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';

// Paths looked at without throwing: the document and plan writers and the command line.

/** The file's real path, or the path itself when it cannot be resolved. */
export function realPathOf(file: string): string {
    try {
        return realpathSync.native(file);
    } catch {
        return file;
    }
}

/** What a path leads to, following links; nothing when that cannot be read. */
export function statOf(file: string): Stats | undefined {
    try {
        return statSync(file);
    } catch {
        return undefined;
    }
}

/** Whether anything is at the path, a broken link included; a path that cannot be looked at counts as free, for the write to refuse. */
export function pathTaken(file: string): boolean {
    try {
        lstatSync(file);
        return true;
    } catch {
        return false;
    }
}
