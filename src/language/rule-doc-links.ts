/**
 * Where a rule's documentation page can be opened, for the `codeDescription` of diagnostics
 * and for hover. The core knows no pages; a host that ships them (the language server of the
 * package) provides its own.
 */
export interface RuleDocLinks {
    href(ruleId: string): string | undefined;
    /** The link in hover text, where an editor may allow fewer kinds of link than in a diagnostic; `href` when absent. */
    markdownHref?(ruleId: string): string | undefined;
    /** A link in hover text to the plan's principles scorecard, where the host can show one. */
    scorecardHref?(): string | undefined;
}

export const NO_RULE_DOC_LINKS: RuleDocLinks = { href: () => undefined };

/** The link a hover shows for a rule page. */
export function markdownLink(links: RuleDocLinks, ruleId: string): string | undefined {
    return links.markdownHref ? links.markdownHref(ruleId) : links.href(ruleId);
}
