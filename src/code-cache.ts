import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { cachedDataVersionTag } from 'node:v8';
import { Script } from 'node:vm';
import { beforeCompression } from './node-flags.js';

export interface CodeCacheOptions {
    /** Identifies the bundle's content (a hash written in at build time): a cache is only ever used for the same code. */
    readonly contentKey: string;
    /** Whether this run may write the cache: a run that compiled little would leave a poor one. */
    readonly mayWrite: boolean;
    /**
     * The `require` the bundle is given: that of a module in the bundle's folder (the start-up
     * file lies beside the bundles), so that the bundle's own relative names resolve alike.
     */
    readonly require: NodeJS.Require;
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
 * cache is then written anew. Nothing is cached when the environment names no such folder or
 * it cannot be written, or when `NODE_DISABLE_COMPILE_CACHE` is set, as for Node's own
 * compile cache.
 */
export function runWithCodeCache(file: string, options: CodeCacheOptions): void {
    const name = basename(file);
    // Every cache of this build of the bundle is named with this prefix.
    const thisBuild = `${name}-${options.contentKey}-`;
    const folder = process.env.NODE_DISABLE_COMPILE_CACHE ? undefined : cacheFolder();
    const cacheFile = folder && join(folder, `${thisBuild}${process.version}-${process.arch}.v8cache`);
    const reads = new FileReads(file, cacheFile);
    const source = reads.read(file).toString('utf8');
    const cached = cacheFile ? reads.readIfPresent(cacheFile) : undefined;
    const script = new Script(source, { filename: file, cachedData: cached });
    if (cacheFile && options.mayWrite && (cached === undefined || script.cachedDataRejected)) {
        // A cache carries V8's flags; one made after the run changed them would be rejected.
        // A DOCX or HWPX run changes them to pack its document, by when it has compiled all
        // but the packing: its cache is written just before.
        const flags = cachedDataVersionTag();
        let written = false;
        const write = () => {
            if (!written && cachedDataVersionTag() === flags) {
                written = true;
                writeCache(cacheFile, thisBuild, name, script.createCachedData());
            }
        };
        beforeCompression(write);
        process.once('exit', write);
    }
    const module = { exports: {}, require: options.require };
    (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, options.require, module, file, dirname(file));
}

/**
 * Reads the bundle and then its cache through one buffer, as large as the larger of the two.
 * Each megabyte of fresh memory a process touches shows in its start (a page fault for every
 * page, slow in virtual machines): `readFileSync` would take a new buffer for each file, and
 * one more for the text it decodes.
 */
class FileReads {
    private readonly buffer: Buffer;

    constructor(...files: (string | undefined)[]) {
        this.buffer = Buffer.allocUnsafeSlow(Math.max(0, ...files.map(file => file ? sizeIfPresent(file) : 0)));
    }

    /** The file's bytes, in the buffer until the next read. */
    read(file: string): Buffer {
        const descriptor = openSync(file, 'r');
        try {
            const size = fstatSync(descriptor).size;
            // A file grown since it was measured is read whole all the same.
            const into = size <= this.buffer.length ? this.buffer : Buffer.allocUnsafeSlow(size);
            let length = 0;
            while (length < size) {
                const read = readSync(descriptor, into, length, size - length, length);
                if (read === 0) {
                    break;
                }
                length += read;
            }
            return into.subarray(0, length);
        } finally {
            closeSync(descriptor);
        }
    }

    readIfPresent(file: string): Buffer | undefined {
        try {
            return this.read(file);
        } catch {
            return undefined;
        }
    }
}

function sizeIfPresent(file: string): number {
    try {
        return statSync(file).size;
    } catch {
        return 0;
    }
}

/** The user's cache folder as the environment names it (read from it rather than Node's `os` module, which a start would load for this alone). */
function cacheFolder(): string | undefined {
    const { LOCALAPPDATA, HOME, XDG_CACHE_HOME } = process.env;
    const base = process.platform === 'win32' ? LOCALAPPDATA
        : process.platform === 'darwin' ? HOME && join(HOME, 'Library', 'Caches')
        : XDG_CACHE_HOME || (HOME && join(HOME, '.cache'));
    return base ? join(base, 'cplan') : undefined;
}

/**
 * Written to a temporary file and renamed, so that a run starting meanwhile reads the old
 * cache or the new one, never part of one; the caches of other builds of the bundle (names not
 * starting `thisBuild`) go. A cache that cannot be written is no error: the next run compiles again.
 */
function writeCache(cacheFile: string, thisBuild: string, bundleName: string, data: Buffer): void {
    const folder = dirname(cacheFile);
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    try {
        mkdirSync(folder, { recursive: true });
        for (const stale of readdirSync(folder).filter(entry => entry.startsWith(`${bundleName}-`) && !entry.startsWith(thisBuild))) {
            rmSync(join(folder, stale), { force: true });
        }
        writeFileSync(temporary, data);
        renameSync(temporary, cacheFile);
    } catch {
        // Only the next start is slower.
        rmSync(temporary, { force: true });
    }
}
