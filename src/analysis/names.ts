/**
 * The form in which names are compared: Unicode NFC (korean.md (c)). macOS saves Korean in
 * decomposed jamo (NFD), so `계획` may reach a plan in either form; both are one name. Only
 * canonical composition: compatibility jamo, width and case stay as written. What is shown
 * (rename, the document) keeps the name as it was declared.
 */
export function nameKey(name: string): string {
    // ASCII is already NFC: skip the normalisation for the names most plans use.
    return /[^\x00-\x7F]/.test(name) ? name.normalize('NFC') : name;
}
