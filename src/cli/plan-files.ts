import { lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { compareAsWritten } from '../analysis/texts.js';
import { realPathOf, statOf } from '../document/file-status.js';
import { decodePlanBytes, sizeProblem } from '../language/plan-bytes.js';
import type { CliMessage } from './cli-messages.js';
import type { PlanSource } from './plan-report.js';

export interface PlanFile {
    /** The path as shown to the user: as given, or joined below the folder given. */
    readonly displayPath: string;
    readonly absolutePath: string;
}

export interface FileProblem {
    readonly message: CliMessage;
    readonly args: Record<string, string | number>;
}

// The command reads its few files with synchronous calls: the promise-based file system
// module loads a dozen more modules of Node's, and asynchronous calls start Node's thread
// pool, which the start of `cplan` would pay for and a check does not need.

/**
 * Expands the command-line paths to plan files: a file is taken as it is, a folder gives
 * every `*.cplan` below it. Symbolic links are followed, but no folder is entered twice in
 * one walk, so a link loop ends the walk instead of running forever. A plan reached twice
 * (through a link, or named twice) is checked once, under the first path it was found by.
 */
export function collectPlanFiles(inputs: readonly string[], problems: FileProblem[], emptyFolders: string[], base = process.cwd()): PlanFile[] {
    const files: PlanFile[] = [];
    const seenFiles = new Set<string>();
    const add = (file: PlanFile) => {
        const real = realPathOf(file.absolutePath);
        if (!seenFiles.has(real)) {
            seenFiles.add(real);
            files.push(file);
        }
    };
    for (const input of inputs) {
        const absolute = path.resolve(base, input);
        const info = statOf(absolute);
        if (!info) {
            const isBrokenLink = lstatSync(absolute, { throwIfNoEntry: false }) !== undefined;
            problems.push({ message: isBrokenLink ? 'unreadable' : 'noSuchPath', args: { path: input, reason: 'broken link' } });
        } else if (info.isDirectory()) {
            const found: PlanFile[] = [];
            walk(absolute, input, found, new Set(), problems);
            if (found.length === 0) {
                emptyFolders.push(input);
            }
            for (const file of found) {
                add(file);
            }
        } else {
            add({ displayPath: input, absolutePath: absolute });
        }
    }
    return files;
}

function walk(folder: string, display: string, files: PlanFile[], seen: Set<string>, problems: FileProblem[]): void {
    const real = realPathOf(folder);
    if (seen.has(real)) {
        return;
    }
    seen.add(real);
    let entries;
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
        problems.push({ message: 'unreadable', args: { path: display, reason: errorCode(error) } });
        return;
    }
    entries.sort((a, b) => compareNames(a.name, b.name));
    for (const entry of entries) {
        const absolute = path.join(folder, entry.name);
        const shown = path.join(display, entry.name);
        let isDirectory = entry.isDirectory();
        if (entry.isSymbolicLink()) {
            const target = statOf(absolute);
            isDirectory = target?.isDirectory() ?? false;
        }
        if (isDirectory) {
            walk(absolute, shown, files, seen, problems);
        } else if (entry.name.endsWith('.cplan')) {
            // Not only regular files: a pipe, a device or a looping link named like a plan is
            // reported by readPlanFile instead of being skipped without a word.
            files.push({ displayPath: shown, absolutePath: absolute });
        }
    }
}

export type ReadResult = { text: string } | { problem: FileProblem };

/** Reads a plan as UTF-8 text (`decodePlanBytes`); a file too large to be a plan is not read. */
export function readPlanFile(file: PlanFile): ReadResult {
    let bytes: Buffer;
    try {
        const info = statSync(file.absolutePath);
        if (!info.isFile()) {
            // Reading a pipe or a device would wait for a writer, or never end.
            return { problem: { message: 'notRegularFile', args: { path: file.displayPath } } };
        }
        const tooLarge = sizeProblem(info.size);
        if (tooLarge) {
            return { problem: { message: 'tooLarge', args: { path: file.displayPath, ...tooLarge } } };
        }
        bytes = readFileSync(file.absolutePath);
    } catch (error) {
        return { problem: { message: 'unreadable', args: { path: file.displayPath, reason: errorCode(error) } } };
    }
    const decoded = decodePlanBytes(bytes);
    return 'text' in decoded ? decoded : { problem: { message: decoded.problem, args: { path: file.displayPath } } };
}

function errorCode(error: unknown): string {
    return (error as NodeJS.ErrnoException)?.code ?? String(error);
}

/** Reads plan files; those that cannot be read are left out and added to `problems`. */
export function readPlanSources(files: readonly PlanFile[], problems: FileProblem[]): PlanSource[] {
    const sources: PlanSource[] = [];
    for (const file of files) {
        const result = readPlanFile(file);
        if ('text' in result) {
            sources.push({ ...file, text: result.text });
        } else {
            problems.push(result.problem);
        }
    }
    return sources;
}

/**
 * The order files are checked and reported in: by name regardless of case, then as written;
 * Hangul syllables come in 가나다 order, as `localeCompare` orders the names plans have.
 */
const compareNames = (a: string, b: string): number => compareAsWritten(a.toLowerCase(), b.toLowerCase()) || compareAsWritten(a, b);

/** Paths are shown relative to the working folder when they lie below it. */
export function displayPath(absolute: string): string {
    const relative = path.relative(process.cwd(), absolute);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}
