/**
 * Names for the ids of template/Contents/header.xml, which the section refers to. The header
 * is the one place that says what each looks like; test/document-hwpx-package.test.ts checks
 * that every id the section uses is defined there.
 */

export const CHAR = {
    body: 0,
    lead: 1,
    note: 2,
    coverTitle: 3,
    coverKind: 4,
    label: 5,
    value: 6,
    heading1: 7,
    heading2: 8,
    cell: 9,
    headerCell: 10,
    boldCell: 11,
    caption: 12,
    contentsEntry: 14
} as const;

export const PARA = {
    body: 0,
    lead: 1,
    heading1: 2,
    heading2: 3,
    listItem: 4,
    cell: 5,
    numberCell: 6,
    figure: 7,
    caption: 8,
    note: 9,
    coverKind: 10,
    coverTitle: 11,
    keyValue: 12,
    basedOn: 13,
    contentsEntry: 14,
    table: 16,
    contentsTitle: 17
} as const;

export const BORDER_FILL = {
    none: 2,
    cell: 3,
    headerCell: 4,
    totalCell: 5
} as const;

export const STYLE = {
    normal: 0,
    body: 1,
    outline1: 2,
    outline2: 3,
    caption: 5
} as const;

/** HWPUNIT: 7,200 to the inch. */
export const HWPUNIT_PER_MM = 7200 / 25.4;

/** The width between the page margins of template/Contents/section0.xml (A4, 20 mm each side). */
export const TEXT_WIDTH = 59528 - 2 * 5669;

/** Room left for a figure on a page, in millimetres: the text width, and most of the text height. */
export const FIGURE_FRAME = { width: TEXT_WIDTH / HWPUNIT_PER_MM, height: 200 } as const;
