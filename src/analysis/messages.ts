import type { KeywordSpelling } from '../grammar/keyword-spellings.js';
import { spell } from '../grammar/keyword-spellings.js';
import { getRule, type RuleId } from './catalogue.js';
import type { Finding, MessageArgs, MessageArgument, RelatedElement } from './findings.js';
import { keywordsInKorean, withoutRepeatedGlosses, withParticleFor } from './korean-wording.js';
import type { Locale } from './locale.js';
import { describeElement, describeElementKind, describeExpectedTokens, describeKeywords } from './vocabulary.js';

/**
 * The one place where a finding becomes words: the rule's message in the reader's language,
 * its placeholders filled from the finding's arguments. Diagnostics, the command line and
 * the plan document all word their findings here.
 *
 * A message quotes plan text in backticks (`` `ip "…"` ``); inside such a code span the
 * keywords are written in the plan's spelling (`spelling`), so that a Korean-keyword plan
 * is told what to write in its own words (`` `지식재산보호 "…"` ``). A keyword list in a
 * code span is the bare keywords (`services venture, patent`), elsewhere each keyword with
 * its meaning.
 */
export function formatMessage(ruleId: RuleId, message: string, args: MessageArgs, locale: Locale, spelling: KeywordSpelling): string {
    const messages: Readonly<Record<string, { ko: string; en: string }>> = getRule(ruleId).messages;
    const template = messages[message] ?? messages.main;
    return fillInSpelling(template[locale], args, locale, spelling);
}

export function formatFinding(finding: Finding, locale: Locale, spelling: KeywordSpelling): string {
    return formatMessage(finding.ruleId, finding.message, finding.args, locale, spelling);
}

/** The note on another element a finding is about, from the same rule's messages. */
export function formatRelated(ruleId: RuleId, related: RelatedElement, locale: Locale, spelling: KeywordSpelling): string {
    return formatMessage(ruleId, related.message, related.args ?? {}, locale, spelling);
}

/** A quoted text, a `{placeholder}` or a word, in a code span: only words are respelled. */
const CODE_PIECE = /"(?:\\.|[^"\\])*"?|\{(\w+)\}|[A-Za-z\uAC00-\uD7A3]+/g;

/**
 * Fills a template's `{placeholders}` (one without a value is left visible rather than
 * dropped) and writes the keywords of its code spans in `spelling`. Quick-fix titles are
 * filled here too.
 */
export function fillInSpelling(template: string, args: Readonly<Record<string, MessageArgument>>, locale: Locale, spelling: KeywordSpelling): string {
    const fill = (text: string, inCode: boolean) => text.replace(/\{(\w+)\}/g, (placeholder, key: string) =>
        key in args ? formatArgument(args[key], locale, spelling, inCode) : placeholder);
    const inKorean = locale === 'ko' && spelling === 'ko';
    const parts = (inKorean ? withoutRepeatedGlosses(template) : template).split('`').map((part, index) => {
        if (index % 2 === 0) {
            return fill(inKorean ? keywordsInKorean(part) : part, false);
        }
        // In a code span: a quoted text keeps its words (its placeholders are filled), a word is respelled.
        return part.replace(CODE_PIECE, (piece, key: string | undefined) => {
            if (key !== undefined) {
                return fill(piece, true);
            }
            return piece.startsWith('"') ? fill(piece, true) : spell(piece, spelling);
        });
    });
    if (locale === 'ko') {
        // A Korean particle after a code span agrees with how the span ends (`구조 분산협력`을).
        for (let index = 2; index < parts.length; index += 2) {
            parts[index] = withParticleFor(parts[index - 1], parts[index]);
        }
    }
    return parts.join('`');
}

function formatArgument(value: MessageArgument, locale: Locale, spelling: KeywordSpelling, inCode: boolean): string {
    if (typeof value === 'number') {
        // A year written with thirty digits is shown with its digits, not as `1.2e+29`.
        return Number.isInteger(value) && Number.isFinite(value) ? BigInt(value).toString() : String(value);
    }
    if (typeof value === 'string') {
        return value;
    }
    if ('keywords' in value) {
        return inCode
            ? value.keywords.map(keyword => spell(keyword, spelling)).join(', ')
            : describeKeywords(value.keywords, locale, spelling, value.rule);
    }
    if ('tokens' in value) {
        return describeExpectedTokens(value.tokens, locale, spelling);
    }
    if ('elementKind' in value) {
        return describeElementKind(value.elementKind, locale);
    }
    return describeElement(value.elementType, value.name, locale);
}
