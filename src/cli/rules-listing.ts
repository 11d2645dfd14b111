import { CATEGORIES, isWaivable, RULES, type RuleEntry } from '../analysis/catalogue.js';
import type { Locale } from '../analysis/locale.js';
import { KOREAN_KEYWORDS, keywordOf, type Keyword } from '../grammar/keyword-spellings.js';

/**
 * The keywords a rule's trigger names (its English text quotes them in code spans), each
 * with its Korean spelling, so that a planner who writes either spelling finds them.
 */
function keywordsNamedBy(rule: RuleEntry): Array<[Keyword, string]> {
    const spans = rule.trigger.en.split('`').filter((_, index) => index % 2 === 1);
    const keywords = new Set(spans.flatMap(span => span.split(/[^\w-]+/)).map(keywordOf).filter(keyword => keyword !== undefined));
    return [...keywords].map(keyword => [keyword, KOREAN_KEYWORDS[keyword]]);
}

/** `cplan rules --format json`: the catalogue as data. */
export function rulesJson(): string {
    return JSON.stringify(RULES.map(rule => ({
        id: rule.id,
        category: rule.category,
        severity: rule.severity,
        waivable: isWaivable(rule),
        principle: rule.principle,
        trigger: rule.trigger,
        keywords: keywordsNamedBy(rule).map(([english, korean]) => ({ en: english, ko: korean })),
        message: rule.messages.main,
        messages: rule.messages,
        source: rule.source ?? null
    })), undefined, 2);
}

const HEADERS = {
    ko: ['규칙', '심각도', '원칙', '지적 조건', '키워드 (영어 · 한국어)', '출처'],
    en: ['Rule', 'Severity', 'Principle', 'Fires when', 'Keywords (English · Korean)', 'Source']
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** `cplan rules --format md`: one table per category, also used for the README's rule list. */
export function rulesMarkdown(locale: Locale): string {
    const sections: string[] = [];
    for (const category of CATEGORIES) {
        const rules = RULES.filter(rule => rule.category === category.id);
        const heading = category.heading ? `${category.title[locale]} (${category.heading})` : category.title[locale];
        const rows = rules.map(rule => {
            const keywords = keywordsNamedBy(rule).map(([english, korean]) => `\`${english}\` · \`${korean}\``).join(', ');
            return `| \`${rule.id}\` | ${rule.severity} | ${cell(rule.principle[locale])} | ${cell(rule.trigger[locale])} | ${keywords} | ${cell(rule.source?.heading ?? '')} |`;
        });
        sections.push([`### ${heading}`, '', `| ${HEADERS[locale].join(' | ')} |`, '|---|---|---|---|---|---|', ...rows].join('\n'));
    }
    return sections.join('\n\n') + '\n';
}
