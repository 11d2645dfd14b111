/**
 * What `npm run build` hands the playground page from the language itself
 * (src/tools/playground-data.ts), as modules the page imports:
 * `playground:examples`, `playground:highlighting`, and the bundles of its two workers as text
 * (`playground:language-server`, `playground:document-worker`), which the page starts from blob
 * URLs, as a page opened from `file://` may.
 */

export interface PlaygroundExample {
    /** The file name in examples/, e.g. `daegu-draft.cplan`. */
    readonly file: string;
    /** The plan's title, shown in the picker. */
    readonly title: string;
    readonly text: string;
}

export interface HighlightingWords {
    /** Words that open the plan or one of its items: `plan`, `agency`, `vision`, `task`, … */
    readonly declarations: readonly string[];
    /** Clause words: `owner`, `budget`, `tier`, … */
    readonly clauses: readonly string[];
    /** Values the user picks: `private`, `global`, `talent`, `억원`, … */
    readonly values: readonly string[];
    /** The values each clause or declaration word takes, for words that are also clause words (`services`, `network`). */
    readonly valuesAfter: Readonly<Record<string, readonly string[]>>;
    /** The source of the grammar's name terminal. */
    readonly namePattern: string;
}
