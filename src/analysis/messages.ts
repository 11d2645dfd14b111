import { getRule } from './catalogue.js';
import type { MessageArgument } from './findings.js';
import { fillTemplate, type Locale } from './locale.js';
import { describeKeywords } from './vocabulary.js';

/** Renders a rule's message (or one of its variants) in the given language. */
export function formatMessage(
    ruleId: string,
    locale: Locale,
    args: Readonly<Record<string, MessageArgument>> = {},
    variant?: string
): string {
    const rule = getRule(ruleId);
    const template = (variant ? rule.variants?.[variant] : undefined) ?? rule.message;
    const texts: Record<string, string> = {};
    for (const [key, value] of Object.entries(args)) {
        texts[key] = typeof value === 'object' ? describeKeywords(value.keywords, locale) : String(value);
    }
    return fillTemplate(template[locale], texts);
}
