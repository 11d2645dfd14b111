import { getRule, type RuleId } from './catalogue.js';
import type { Finding, MessageArgs, MessageArgument, RelatedElement } from './findings.js';
import { fillTemplate, type Locale } from './locale.js';
import { describeElement, describeElementKind, describeExpectedTokens, describeKeywords } from './vocabulary.js';

/**
 * The one place where a finding becomes words: the rule's message in the reader's language,
 * its placeholders filled from the finding's arguments. Diagnostics, the command line and
 * the plan document all word their findings here.
 */
export function formatMessage(ruleId: RuleId, message: string, args: MessageArgs, locale: Locale): string {
    const messages: Readonly<Record<string, { ko: string; en: string }>> = getRule(ruleId).messages;
    const template = messages[message] ?? messages.main;
    const texts: Record<string, string> = {};
    for (const [key, value] of Object.entries(args)) {
        texts[key] = formatArgument(value, locale);
    }
    return fillTemplate(template[locale], texts);
}

export function formatFinding(finding: Finding, locale: Locale): string {
    return formatMessage(finding.ruleId, finding.message, finding.args, locale);
}

/** The note on another element a finding is about, from the same rule's messages. */
export function formatRelated(ruleId: RuleId, related: RelatedElement, locale: Locale): string {
    return formatMessage(ruleId, related.message, related.args ?? {}, locale);
}

function formatArgument(value: MessageArgument, locale: Locale): string {
    if (typeof value === 'number') {
        // A year written with thirty digits is shown with its digits, not as `1.2e+29`.
        return Number.isInteger(value) && Number.isFinite(value) ? BigInt(value).toString() : String(value);
    }
    if (typeof value === 'string') {
        return value;
    }
    if ('keywords' in value) {
        return describeKeywords(value.keywords, locale, value.rule);
    }
    if ('tokens' in value) {
        return describeExpectedTokens(value.tokens, locale);
    }
    if ('elementKind' in value) {
        return describeElementKind(value.elementKind, locale);
    }
    return describeElement(value.elementType, value.name, locale);
}
