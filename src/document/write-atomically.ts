import * as path from 'node:path';

/**
 * Node's promise-based file module, loaded when a file is written, not at the top: loading it
 * costs every start of `cplan`, which mostly checks and writes nothing.
 */
const fileModules = () => import('node:fs/promises');

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

/**
 * Writes the whole content to a new temporary file beside the target and flushes it to disk;
 * returns its name. The file is removed when anything fails.
 */
async function writeTemporaryBeside(files: Awaited<ReturnType<typeof fileModules>>, target: string, content: string | Uint8Array, replaced?: Ownership): Promise<string> {
    const { open, unlink } = files;
    const temporary = temporaryName(target);
    const file = await open(temporary, 'wx', 0o644);
    try {
        try {
            await file.writeFile(content);
            if (replaced) {
                await file.chmod(replaced.mode & 0o7777);
                // Only root may give a file away; anyone else writes files of their own.
                await file.chown(replaced.uid, replaced.gid).catch(() => undefined);
            }
            await file.sync();
        } finally {
            await file.close();
        }
    } catch (error) {
        await unlink(temporary).catch(() => undefined);
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
    const files = await fileModules();
    const { realpath, rename, stat, unlink } = files;
    const destination = await realpath(target).catch(() => target);
    const replaced = await stat(destination).then(info => info.isFile() ? info : undefined, () => undefined);
    const temporary = await writeTemporaryBeside(files, destination, content, replaced);
    try {
        await rename(temporary, destination);
    } catch (error) {
        await unlink(temporary).catch(() => undefined);
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
    const files = await fileModules();
    const { link, lstat, rename, unlink } = files;
    const temporary = await writeTemporaryBeside(files, target, content);
    try {
        try {
            await link(temporary, target);
        } catch (error) {
            if (!NO_HARD_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) {
                throw error;
            }
            if (await lstat(target).then(() => true, () => false)) {
                throw Object.assign(new Error(`EEXIST: file already exists, '${target}'`), { code: 'EEXIST' });
            }
            await rename(temporary, target);
        }
    } finally {
        await unlink(temporary).catch(() => undefined);
    }
}
