/**
 * Where a rule's documentation page can be opened, for the `codeDescription` of diagnostics
 * and for hover. The core knows no pages; a host that ships them (the language server of the
 * package) provides its own.
 */
export interface RuleDocLinks {
    href(ruleId: string): string | undefined;
}

export const NO_RULE_DOC_LINKS: RuleDocLinks = { href: () => undefined };
