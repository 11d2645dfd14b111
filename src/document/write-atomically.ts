import * as path from 'node:path';

/**
 * Node's crypto and promise-based file modules, loaded when a file is written, not at the top:
 * loading them costs every start of `cplan`, which mostly checks and writes nothing.
 */
async function fileModules() {
    const [{ randomBytes }, files] = await Promise.all([import('node:crypto'), import('node:fs/promises')]);
    return { randomBytes, ...files };
}

/**
 * Writes the whole content to a new temporary file beside the target and flushes it to disk;
 * returns its name. The file is removed when anything fails.
 */
async function writeTemporaryBeside(files: Awaited<ReturnType<typeof fileModules>>, target: string, content: string | Uint8Array): Promise<string> {
    const { randomBytes, open, unlink } = files;
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    const file = await open(temporary, 'wx', 0o644);
    try {
        try {
            await file.writeFile(content);
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
 * part of one. The temporary file is removed when anything fails.
 */
export async function writeFileAtomically(target: string, content: string | Uint8Array): Promise<void> {
    const files = await fileModules();
    const { rename, unlink } = files;
    const temporary = await writeTemporaryBeside(files, target, content);
    try {
        await rename(temporary, target);
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
