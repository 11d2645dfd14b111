import { keywordMeaning } from '../analysis/keyword-docs.js';
import { fillTemplate, type Locale, type Localized } from '../analysis/locale.js';
import { VISION_CHOICES } from '../analysis/prescriptions.js';
import { keywordLabel } from '../analysis/vocabulary.js';
import type { LeadershipClause, ScopeClause, StrategyClause, StructureClause } from '../grammar/generated/ast.js';
import { spell, type KeywordSpelling } from '../grammar/keyword-spellings.js';

/**
 * What a planner decides before the skeleton of a new plan is written: the region, the
 * planning horizon, who leads, and the three strategic choices of the vision. A choice left
 * out is written into the skeleton as a commented line that lists its options, for the
 * planner to make later.
 */
export interface PlanChoices {
    readonly region?: string;
    readonly horizon?: Horizon;
    readonly leadership?: LeadershipClause['value'];
    readonly strategy?: StrategyClause['value'];
    readonly scope?: ScopeClause['value'];
    readonly structure?: StructureClause['value'];
}

export interface Horizon {
    readonly start: number;
    readonly end: number;
}

/** One answer to a question, worded for a picker: the keyword, its short label and what the report says of it. */
export interface ChoiceOption<Value> {
    readonly value: Value;
    readonly label: string;
    readonly explanation: string;
}

/** A question of the new-plan dialogue, with the report's reason for asking it. */
export interface ChoiceQuestion<Key extends keyof PlanChoices> {
    readonly key: Key;
    readonly title: string;
    readonly explanation: string;
    readonly options: readonly ChoiceOption<NonNullable<PlanChoices[Key]>>[];
}

export type PlanQuestion = { readonly [Key in Exclude<keyof PlanChoices, 'region'>]: ChoiceQuestion<Key> }[Exclude<keyof PlanChoices, 'region'>];

/** The report's principle first (private-led), then the weaker choices. */
const LEADERSHIP_OPTIONS: readonly LeadershipClause['value'][] = ['private', 'joint', 'government'];

/** Horizons offered, in years: ten at least (rule horizon-ten-years), longer ones as the examples plan. */
const HORIZON_YEARS = [10, 12, 15] as const;

const QUESTION_TEXTS = {
    horizon: { ko: '계획 기간', en: 'Planning horizon' },
    horizonOption: { ko: '{start}–{end} ({years}년)', en: '{start}–{end} ({years} years)' },
    leadership: { ko: '개발 주도', en: 'Who leads development' }
} satisfies Record<string, Localized>;

/** The keyword as the plan will spell it, and what it means when those are not the same words (`private — 민간 주도`, `민간 — 민간 주도`). */
const label = (keyword: string, rule: string, locale: Locale, spelling: KeywordSpelling): string => {
    const written = spell(keyword, spelling);
    const text = keywordLabel(keyword, rule)?.[locale];
    const words = (phrase: string) => phrase.toLowerCase().replace(/\s+/g, '');
    return text && words(text) !== words(written) ? `${written} — ${text}` : written;
};

/** A horizon of `years` years from `start`, both years included. */
export function horizonOf(start: number, years: number): Horizon {
    return { start, end: start + years - 1 };
}

/**
 * The questions in the order the dialogue asks them, each option explained with the words
 * of the hover (src/analysis/keyword-docs.ts), which quote the report, and labelled with its
 * keyword as the new plan will spell it.
 */
export function planQuestions(locale: Locale, startYear: number, spelling: KeywordSpelling): PlanQuestion[] {
    const horizon: ChoiceQuestion<'horizon'> = {
        key: 'horizon',
        title: QUESTION_TEXTS.horizon[locale],
        explanation: keywordMeaning('horizon', [], locale, spelling) ?? '',
        options: HORIZON_YEARS.map(years => {
            const value = horizonOf(startYear, years);
            return {
                value,
                label: fillTemplate(QUESTION_TEXTS.horizonOption[locale], { start: String(value.start), end: String(value.end), years: String(years) }),
                explanation: ''
            };
        })
    };
    const leadership: ChoiceQuestion<'leadership'> = {
        key: 'leadership',
        title: QUESTION_TEXTS.leadership[locale],
        explanation: keywordMeaning('leadership', [], locale, spelling) ?? '',
        options: LEADERSHIP_OPTIONS.map(value => ({
            value, label: label(value, 'LeadershipClause', locale, spelling), explanation: keywordMeaning(value, ['LeadershipClause'], locale, spelling) ?? ''
        }))
    };
    const vision = VISION_CHOICES.map(({ clause, options }) => ({
        key: clause,
        title: keywordLabel(clause)?.[locale] ?? clause,
        explanation: keywordMeaning(clause, [], locale, spelling) ?? '',
        options: options.map(value => ({ value, label: label(value, '', locale, spelling), explanation: keywordMeaning(value, [], locale, spelling) ?? '' }))
    }) as PlanQuestion);
    return [horizon, leadership, ...vision];
}
