import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeDescription } from 'vscode-languageserver-types';
import { findRule } from '../analysis/catalogue.js';

/**
 * Diagnostics link to the rule pages that ship inside the package (docs/rules/<id>.md), as
 * file: URIs: they work offline and always match the installed version. The bundled server
 * runs from out/ and the sources from src/language, so the package folder is found by
 * walking up to the first folder that holds docs/rules.
 */
let docsFolder: string | null | undefined;

export function ruleDocsFolder(): string | undefined {
    if (docsFolder === undefined) {
        docsFolder = null;
        for (let folder = __dirname; ; folder = path.dirname(folder)) {
            const candidate = path.join(folder, 'docs', 'rules');
            if (existsSync(candidate)) {
                docsFolder = candidate;
                break;
            }
            if (path.dirname(folder) === folder) {
                break;
            }
        }
    }
    return docsFolder ?? undefined;
}

/** The link of a diagnostic code; none for codes without a page. */
export function ruleDocLink(code: unknown): CodeDescription | undefined {
    const folder = ruleDocsFolder();
    if (typeof code !== 'string' || !findRule(code) || !folder) {
        return undefined;
    }
    return { href: pathToFileURL(path.join(folder, `${code}.md`)).href };
}
