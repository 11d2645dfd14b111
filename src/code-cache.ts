import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import * as path from 'node:path';
import { cachedDataVersionTag } from 'node:v8';
import { Script } from 'node:vm';

export interface CodeCacheOptions {
    /** Identifies the bundle's content (a hash written in at build time): a cache is only ever used for the same code. */
    readonly contentKey: string;
    /**
     * Which cache of the bundle this run uses. A cache holds the functions of the run that wrote
     * it: kept apart, a check does not read the document code a `generate` compiled, nor a
     * `generate` compile its document code at every run after a check wrote the only cache.
     */
    readonly kind: string;
    /** The kind of cache read instead while this run's own is not written yet; the cache then written holds both. */
    readonly standIn?: string;
    /** Whether this run may write the cache: a run that compiled little would leave a poor one. */
    readonly mayWrite: boolean;
}

/**
 * Runs a CommonJS bundle as `require` would, from V8's code cache when an earlier run left one.
 * The bundle is written as one function expression of the module's parameters (`exports`,
 * `require`, `module`, `__filename`, `__dirname`; scripts/bundle.mjs), so that its text is
 * compiled as read, without being copied into a wrapper first.
 *
 * Node's own compile cache (`module.enableCompileCache`) serialises a module's code right
 * after compiling it, before it runs, so it holds little more than the module's top level:
 * every function the program then calls is compiled again at every start. This cache is
 * written at the end of a run instead (`Script.createCachedData` after execution), so it holds
 * every function that run compiled, and a later run compiles almost nothing.
 *
 * The cache lives in the user's cache folder, one file per bundle content, Node version and
 * architecture; V8 itself rejects a cache made by another V8 or with other flags, and the
 * cache is then written anew. Nothing is cached when the folder cannot be written or when
 * `NODE_DISABLE_COMPILE_CACHE` is set, as for Node's own compile cache.
 */
export function runWithCodeCache(file: string, options: CodeCacheOptions): void {
    const source = readFileSync(file, 'utf8');
    const name = path.basename(file);
    // Every cache of this build of the bundle is named with this prefix.
    const thisBuild = `${name}-${options.contentKey}-`;
    const cacheOf = (kind: string) => path.join(cacheFolder(), `${thisBuild}${kind}-${process.version}-${process.arch}.v8cache`);
    const cacheFile = process.env.NODE_DISABLE_COMPILE_CACHE ? undefined : cacheOf(options.kind);
    const own = cacheFile ? readIfPresent(cacheFile) : undefined;
    const cached = own ?? (cacheFile && options.standIn ? readIfPresent(cacheOf(options.standIn)) : undefined);
    const script = new Script(source, { filename: file, cachedData: cached });
    if (cacheFile && options.mayWrite && (own === undefined || script.cachedDataRejected)) {
        // A cache carries V8's flags; one made after the run changed them would be rejected.
        const flags = cachedDataVersionTag();
        process.once('exit', () => {
            if (cachedDataVersionTag() === flags) {
                writeCache(cacheFile, thisBuild, name, script.createCachedData());
            }
        });
    }
    const require = createRequire(file);
    const module = { exports: {}, require };
    (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, require, module, file, path.dirname(file));
}

function cacheFolder(): string {
    const base = process.platform === 'win32' ? process.env.LOCALAPPDATA ?? tmpdir()
        : process.platform === 'darwin' ? path.join(homedir(), 'Library', 'Caches')
        : process.env.XDG_CACHE_HOME || path.join(homedir(), '.cache');
    return path.join(base, 'cplan');
}

function readIfPresent(file: string): Buffer | undefined {
    try {
        return readFileSync(file);
    } catch {
        return undefined;
    }
}

/**
 * Written to a temporary file and renamed, so that a run starting meanwhile reads the old
 * cache or the new one, never part of one; the caches of other builds of the bundle (names not
 * starting `thisBuild`) go. A cache that cannot be written is no error: the next run compiles again.
 */
function writeCache(cacheFile: string, thisBuild: string, bundleName: string, data: Buffer): void {
    const folder = path.dirname(cacheFile);
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    try {
        mkdirSync(folder, { recursive: true });
        for (const stale of readdirSync(folder).filter(entry => entry.startsWith(`${bundleName}-`) && !entry.startsWith(thisBuild))) {
            rmSync(path.join(folder, stale), { force: true });
        }
        writeFileSync(temporary, data);
        renameSync(temporary, cacheFile);
    } catch {
        // Only the next start is slower.
        rmSync(temporary, { force: true });
    }
}
