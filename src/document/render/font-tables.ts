/**
 * The OpenType layout tables of a font: glyph substitution and positioning, and their glyph
 * classes. resvg prepares its shaper from them anew for every text of a figure; with the 109
 * lookups of Pretendard that is half the time it takes to lay out the labels of a large network
 * map, and figure labels need neither ligatures nor kerning.
 */
const LAYOUT_TABLES = ['GSUB', 'GPOS', 'GDEF'];

/** The start of the table records in an OpenType font (after sfntVersion, numTables, searchRange, entrySelector, rangeShift), and the size of one. */
const TABLE_RECORDS_START = 12;
const TABLE_RECORD_SIZE = 16;

/**
 * A copy of an OpenType font (not a collection) in which resvg finds no layout tables: their
 * records in the table directory get tags no reader knows ('GSUb', 'GPOs', 'GDEf'), which
 * leaves every offset and every other table as it is, and the directory in the order of its
 * tags, in which readers look tables up by halving. Hangul syllables and Latin letters are
 * drawn from the character map alone, and the shaper composes separate jamo into syllables
 * from it as well. The shipped font files stay as they are; the copy lives only in memory.
 * Written here because the font libraries for JavaScript rewrite a whole font to drop a table.
 */
export function withoutLayoutTables(font: Uint8Array): Uint8Array {
    // A copy even of a Buffer, whose `slice` would share the bytes.
    const copy = new Uint8Array(font);
    const view = new DataView(copy.buffer, copy.byteOffset, copy.byteLength);
    const tables = view.getUint16(4);
    for (let index = 0; index < tables; index++) {
        const record = TABLE_RECORDS_START + index * TABLE_RECORD_SIZE;
        const tag = String.fromCharCode(...copy.subarray(record, record + 4));
        if (LAYOUT_TABLES.includes(tag)) {
            copy[record + 3] = tag.toLowerCase().charCodeAt(3);
        }
    }
    return copy;
}
