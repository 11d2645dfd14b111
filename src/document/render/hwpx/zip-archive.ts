/**
 * The zip archive an HWPX package is written into: entries in the order they are added, each
 * deflated or stored, every one dated 1980-01-01 (the earliest a zip can say), so that a plan
 * always gives the same bytes. Under Node the archive is written with yazl
 * (node-zip-archive.ts), which deflates on zlib's own threads while the figures are drawn; in
 * a browser, where there is no zlib of Node's, with fflate (fflate-zip-archive.ts).
 */
export interface ZipArchive {
    add(name: string, content: Uint8Array, compress: boolean): void;
    /** Ends the archive and gives its bytes. */
    end(): Promise<Uint8Array>;
}

export const ZIP_ENTRY_DATE = new Date(1980, 0, 1);
