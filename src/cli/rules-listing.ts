import { CATEGORIES, isWaivable, RULES } from '../analysis/catalogue.js';
import type { Locale } from '../analysis/locale.js';

/** `cplan rules --format json`: the catalogue as data. */
export function rulesJson(): string {
    return JSON.stringify(RULES.map(rule => ({
        id: rule.id,
        category: rule.category,
        severity: rule.severity,
        waivable: isWaivable(rule),
        principle: rule.principle,
        trigger: rule.trigger,
        message: rule.messages.main,
        messages: rule.messages,
        source: rule.source ?? null
    })), undefined, 2);
}

const HEADERS = {
    ko: ['규칙', '심각도', '원칙', '지적 조건', '출처'],
    en: ['Rule', 'Severity', 'Principle', 'Fires when', 'Source']
};

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** `cplan rules --format md`: one table per category, also used for the README's rule list. */
export function rulesMarkdown(locale: Locale): string {
    const sections: string[] = [];
    for (const category of CATEGORIES) {
        const rules = RULES.filter(rule => rule.category === category.id);
        const heading = category.heading ? `${category.title[locale]} (${category.heading})` : category.title[locale];
        const rows = rules.map(rule => `| \`${rule.id}\` | ${rule.severity} | ${cell(rule.principle[locale])} | ${cell(rule.trigger[locale])} | ${cell(rule.source?.heading ?? '')} |`);
        sections.push([`### ${heading}`, '', `| ${HEADERS[locale].join(' | ')} |`, '|---|---|---|---|---|', ...rows].join('\n'));
    }
    return sections.join('\n\n') + '\n';
}
