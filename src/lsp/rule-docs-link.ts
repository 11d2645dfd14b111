import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findRule } from '../analysis/catalogue.js';
import type { ExtensionInitOptions } from '../language/extension-protocol.js';
import type { RuleDocLinks } from '../language/rule-doc-links.js';

/**
 * Diagnostics link to the rule pages that ship inside the package (docs/rules/<id>.md), as
 * file: URIs: they work offline and always match the installed version. The bundled server
 * runs from out/ and the sources from src/lsp, so the package folder is found by
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

/** Links to the pages shipped in the package, as file: URIs; none for codes without a page. */
export const PACKAGED_RULE_DOCS: RuleDocLinks = {
    href(ruleId) {
        const folder = ruleDocsFolder();
        return folder && findRule(ruleId) ? pathToFileURL(path.join(folder, `${ruleId}.md`)).href : undefined;
    }
};

/**
 * The pages of the package, until the editor says how it opens rule pages itself
 * (`rulePageLinks` in its initialization options): the VS Code extension shows them inside
 * the editor, in the editor's language.
 */
export class EditorRuleDocLinks implements RuleDocLinks {
    private templates: ExtensionInitOptions['rulePageLinks'];
    private scorecard: string | undefined;

    followEditor(options: ExtensionInitOptions | undefined): void {
        const links = options?.rulePageLinks;
        this.templates = typeof links?.diagnostic === 'string' && typeof links.markdown === 'string' ? links : undefined;
        this.scorecard = typeof options?.scorecardLink === 'string' ? options.scorecardLink : undefined;
    }

    scorecardHref(): string | undefined {
        return this.scorecard;
    }

    href(ruleId: string): string | undefined {
        return this.templates ? fromTemplate(this.templates.diagnostic, ruleId) : PACKAGED_RULE_DOCS.href(ruleId);
    }

    markdownHref(ruleId: string): string | undefined {
        return this.templates ? fromTemplate(this.templates.markdown, ruleId) : PACKAGED_RULE_DOCS.href(ruleId);
    }
}

function fromTemplate(template: string, ruleId: string): string | undefined {
    return findRule(ruleId) ? template.replaceAll('{id}', encodeURIComponent(ruleId)) : undefined;
}
