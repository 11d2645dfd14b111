import { closeSync, fchmodSync, fchownSync, fsyncSync, linkSync, openSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathTaken, realPathOf, statOf } from './file-status.js';

/*
 * The calls are synchronous: Node's promise-based file module loads Node's readline, REPL
 * history and file watchers with it, which `cplan` compiles from source once it has set its
 * flags (about 20 ms of a `cplan generate`). A document is written once, at the end of a
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

/**
 * Writes the whole content to a temporary file beside the target, flushes it to disk and
 * renames it over the target: a reader, or a crash, sees the old file or the new one, never
 * part of one. The temporary file is removed when anything fails. A link is written through,
 * as an editor saves a linked file: the file it names is replaced, the link kept. A replaced
 * file keeps its permissions (a plan only its owner may read stays so) and, where the writer
 * may set it, its owner.
 */
export async function writeFileAtomically(target: string, content: string | Uint8Array): Promise<void> {
    const destination = realPathOf(target);
    const existing = statOf(destination);
    const temporary = writeTemporaryBeside(destination, content, existing?.isFile() ? existing : undefined);
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
