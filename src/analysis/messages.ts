import { getRule } from './catalogue.js';
import type { MessageArgument } from './findings.js';
import { fillTemplate, type Locale } from './locale.js';
import { describeElement, describeKeywords } from './vocabulary.js';

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
        texts[key] = formatArgument(value, locale);
    }
    return fillTemplate(template[locale], texts);
}

function formatArgument(value: MessageArgument, locale: Locale): string {
    if (typeof value === 'number') {
        // A year written with thirty digits is shown with its digits, not as `1.2e+29`.
        return Number.isInteger(value) && Number.isFinite(value) ? BigInt(value).toString() : String(value);
    }
    if (typeof value === 'string') {
        return value;
    }
    return 'keywords' in value ? describeKeywords(value.keywords, locale) : describeElement(value.elementType, value.name, locale);
}
