import { closeSync, fchmodSync, fchownSync, fsyncSync, linkSync, lstatSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import * as path from 'node:path';

/*
 * The calls are synchronous: Node's promise-based file module loads Node's readline, REPL
 * history and file watchers with it, which `cplan` compiles from source once it has set its
 * flags (about 3 ms of every document written). A document is written once, at the end of a
 * command or of an export in the editor.
 */

/**
 * A name for a temporary file beside the target. It need not be unpredictable, only unlikely to
 * be taken: the file is created exclusively (`wx`), so a name that is taken fails the write and
 * never replaces a file. (Node's crypto module would cost every write ten milliseconds to load.)
 */
const temporaryName = (target: string) =>
    path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${Math.random().toString(36).slice(2, 10)}.tmp`);

/** What a replaced file keeps: who may read and write it, and whose it is. */
interface Ownership {
    readonly mode: number;
    readonly uid: number;
    readonly gid: number;
}

/** Removes a file if it is there; a file that cannot be removed is left. */
function removeIfPresent(file: string): void {
    try {
        unlinkSync(file);
    } catch {
        // Nothing to remove, or nothing more to do.
    }
}

/**
 * Writes the whole content to a new temporary file beside the target and flushes it to disk;
 * returns its name. The file is removed when anything fails.
 */
function writeTemporaryBeside(target: string, content: string | Uint8Array, replaced?: Ownership): string {
    const temporary = temporaryName(target);
    const file = openSync(temporary, 'wx', 0o644);
    try {
        try {
            writeFileSync(file, content);
            if (replaced) {
                fchmodSync(file, replaced.mode & 0o7777);
                try {
                    fchownSync(file, replaced.uid, replaced.gid);
                } catch {
                    // Only root may give a file away; anyone else writes files of their own.
                }
            }
            fsyncSync(file);
        } finally {
            closeSync(file);
        }
    } catch (error) {
        removeIfPresent(temporary);
        throw error;
    }
    return temporary;
}

/** The file at the path, if a file is there. */
function fileAt(file: string): Stats | undefined {
    try {
        const info = statSync(file);
        return info.isFile() ? info : undefined;
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

/** The target a link names, or the target itself. */
function realPathOr(target: string): string {
    try {
        return realpathSync(target);
    } catch {
        return target;
    }
}

/**
 * Writes the whole content to a temporary file beside the target, flushes it to disk and
 * renames it over the target: a reader, or a crash, sees the old file or the new one, never
 * part of one. The temporary file is removed when anything fails. A link is written through,
 * as an editor saves a linked file: the file it names is replaced, the link kept. A replaced
 * file keeps its permissions (a plan only its owner may read stays so) and, where the writer
 * may set it, its owner.
 */
export async function writeFileAtomically(target: string, content: string | Uint8Array): Promise<void> {
    const destination = realPathOr(target);
    const temporary = writeTemporaryBeside(destination, content, fileAt(destination));
    try {
        renameSync(temporary, destination);
    } catch (error) {
        removeIfPresent(temporary);
        throw error;
    }
}

/** Error codes of file systems that cannot make a second name for a file (FAT, some network shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/**
 * Creates a new file with the whole content, or fails with `EEXIST` and leaves an existing
 * file as it was. The content is written and flushed to a temporary file beside the target,
 * which is then given the target's name as a hard link: that fails, rather than replaces, when
 * the name is taken, so even a file appearing meanwhile is kept. Where the file system has no
 * hard links, the temporary file is renamed once the name is seen to be free.
 */
export async function createFileAtomically(target: string, content: string | Uint8Array): Promise<void> {
    const temporary = writeTemporaryBeside(target, content);
    try {
        try {
            linkSync(temporary, target);
        } catch (error) {
            if (!NO_HARD_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) {
                throw error;
            }
            if (pathTaken(target)) {
                throw Object.assign(new Error(`EEXIST: file already exists, '${target}'`), { code: 'EEXIST' });
            }
            renameSync(temporary, target);
        }
    } finally {
        removeIfPresent(temporary);
    }
}
