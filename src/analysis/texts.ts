/**
 * How rules read the texts of a plan (rules.md, "Blank text is absent"): a text that is
 * empty, only white space, or an unfilled placeholder such as `"<지식재산 보호장치>"` (the
 * form snippets and quick fixes insert) satisfies no rule.
 */

const WHITE_SPACE_ONLY = /^\p{White_Space}*$/u;
const PLACEHOLDER = /^<[^<>]*>$/;
const EDGE_SPACE = /^\p{White_Space}+|\p{White_Space}+$/gu;

/** Trims Unicode white space (U+3000 and U+0085 included, which `String.trim` treats differently). */
export const trimWhiteSpace = (text: string): string => text.replace(EDGE_SPACE, '');

/** An unfilled placeholder: `<`, no `<` or `>`, then `>`, after trimming. */
export const isPlaceholder = (text: string): boolean => PLACEHOLDER.test(trimWhiteSpace(text));

/** Absent for every rule: missing, blank, or an unfilled placeholder. */
export const blankOrPlaceholder = (text: string | undefined): boolean =>
    text === undefined || WHITE_SPACE_ONLY.test(text) || isPlaceholder(text);

/** A text clause that says something: present, not blank and not a placeholder. */
export const isFilled = (clause: { readonly text?: string } | undefined): boolean => !blankOrPlaceholder(clause?.text);

/** Orders texts by their UTF-16 code units, as written: `localeCompare` would load ICU's collation data (about 8 ms) the first time. */
export const compareAsWritten = (a: string, b: string): number => a < b ? -1 : a > b ? 1 : 0;
