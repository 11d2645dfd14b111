import { zipSync, type Zippable } from 'fflate';
import { ZIP_ENTRY_DATE, type ZipArchive } from './zip-archive.js';

/** The archive in a browser (the playground's document worker): fflate, which writes the entries in the order they were added. */
export function fflateZipArchive(): ZipArchive {
    const entries: Zippable = {};
    return {
        add: (name, content, compress) => {
            entries[name] = [content, { level: compress ? 6 : 0, mtime: ZIP_ENTRY_DATE }];
        },
        end: async () => zipSync(entries)
    };
}
