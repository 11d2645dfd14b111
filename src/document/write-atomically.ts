import * as path from 'node:path';

/**
 * Writes the whole content to a temporary file beside the target, flushes it to disk and
 * renames it over the target: a reader, or a crash, sees the old file or the new one, never
 * part of one. The temporary file is removed when anything fails.
 */
export async function writeFileAtomically(target: string, content: string | Uint8Array): Promise<void> {
    // Loaded here, not at the top: loading Node's crypto and promise-based file modules costs
    // every start of `cplan`, which mostly checks and writes nothing.
    const [{ randomBytes }, { open, rename, unlink }] = await Promise.all([import('node:crypto'), import('node:fs/promises')]);
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    const file = await open(temporary, 'wx', 0o644);
    try {
        try {
            await file.writeFile(content);
            await file.sync();
        } finally {
            await file.close();
        }
        await rename(temporary, target);
    } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
    }
}
