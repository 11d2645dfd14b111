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

/**
 * Why a document must not be written at `target`, if it must not: it is `input`, the plan it is
 * made from; it is a plan, links followed (a link named like a document may point at one); or it
 * is something other than a regular file, such as a named pipe or `/dev/null`, which the rename of
 * an atomic write would replace (run as root, the device itself).
 */
export type UnsafeDocumentTarget = 'isInput' | 'isPlan' | 'notRegularFile';

export function unsafeDocumentTarget(target: string, input?: string): UnsafeDocumentTarget | undefined {
    const [inputInfo, targetInfo] = [input === undefined ? undefined : statOf(input), statOf(target)];
    if (targetInfo && !targetInfo.isFile() && !targetInfo.isDirectory()) {
        return 'notRegularFile';
    }
    if (target === input || (inputInfo && targetInfo && inputInfo.dev === targetInfo.dev && inputInfo.ino === targetInfo.ino)) {
        return 'isInput';
    }
    const real = targetInfo ? realPathOf(target) : target;
    return [target, real].some(candidate => candidate.toLowerCase().endsWith('.cplan')) ? 'isPlan' : undefined;
}
