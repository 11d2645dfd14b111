import { RULES, type Severity } from '../analysis/catalogue.js';
import type { Locale } from '../analysis/locale.js';
import { SEVERITY_SETTINGS } from '../analysis/rule-settings.js';

/**
 * The `contributes.configuration` of package.json and the per-rule setting descriptions of
 * package.nls*.json, made from the catalogue so that the settings editor offers exactly the
 * catalogue's rules.
 */

/** package.nls keys of the per-rule descriptions; every other key in those files is kept as it is. */
export const RULE_NLS_PREFIX = 'clusterPlan.rule.';

const SEVERITY_NAMES: Record<Locale, Record<Severity, string>> = {
    ko: { error: '오류', warning: '경고', info: '정보', hint: '힌트' },
    en: { error: 'error', warning: 'warning', info: 'info', hint: 'hint' }
};

const DEFAULT_WORD: Record<Locale, string> = { ko: '기본', en: 'default' };

export function settingsContribution(): object {
    return {
        title: 'Cluster Plan',
        properties: {
            'clusterPlan.language': {
                type: 'string',
                enum: ['auto', 'ko', 'en'],
                enumDescriptions: ['%clusterPlan.language.auto%', '%clusterPlan.language.ko%', '%clusterPlan.language.en%'],
                default: 'auto',
                description: '%clusterPlan.language.description%'
            },
            'clusterPlan.rules': {
                type: 'object',
                default: {},
                description: '%clusterPlan.rules.description%',
                additionalProperties: false,
                properties: Object.fromEntries(RULES.map(rule => [rule.id, {
                    type: 'string',
                    enum: [...SEVERITY_SETTINGS],
                    description: `%${RULE_NLS_PREFIX}${rule.id}%`
                }]))
            }
        }
    };
}

/** Per-rule descriptions for one package.nls file: the principle and the default severity. */
export function ruleNlsEntries(locale: Locale): Record<string, string> {
    return Object.fromEntries(RULES.map(rule => [
        `${RULE_NLS_PREFIX}${rule.id}`,
        `${rule.principle[locale]} (${DEFAULT_WORD[locale]}: ${SEVERITY_NAMES[locale][rule.severity]})`
    ]));
}

/** An nls table with its per-rule entries replaced by the catalogue's. */
export function withRuleNls(existing: Readonly<Record<string, string>>, locale: Locale): Record<string, string> {
    const kept = Object.entries(existing).filter(([key]) => !key.startsWith(RULE_NLS_PREFIX));
    return { ...Object.fromEntries(kept), ...ruleNlsEntries(locale) };
}
