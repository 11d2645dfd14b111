import { buffer as readWhole } from 'node:stream/consumers';
import { ZipFile } from 'yazl';
import { ZIP_ENTRY_DATE, type ZipArchive } from './zip-archive.js';

/** The archive under Node: yazl deflates each entry with Node's zlib on zlib's own threads, as soon as it is added. */
export function nodeZipArchive(): ZipArchive {
    const zip = new ZipFile();
    const archive = readWhole(zip.outputStream);
    return {
        // Dated in the DOS fields only, without yazl's extra timestamp field.
        add: (name, content, compress) => zip.addBuffer(Buffer.from(content.buffer, content.byteOffset, content.byteLength), name, { mtime: ZIP_ENTRY_DATE, forceDosTimestamp: true, compress }),
        end: () => {
            zip.end();
            return archive;
        }
    };
}
