import { spell, type KeywordSpelling } from '../grammar/keyword-spellings.js';
import { CATEGORIES, isWaivable, type RuleEntry, type Severity } from './catalogue.js';
import { fillTemplate, type Locale, type Localized } from './locale.js';
import { wordedForKoreanPlan } from './korean-wording.js';
import { examplePlan, examplePortfolio } from './rule.js';

/**
 * What a rule's page says, in Korean and English: the Markdown pages of the package
 * (docs/rules, both languages side by side) and the page the editor shows in its own
 * language are written from these.
 */
export const RULE_PAGE_LABELS = {
    category: { ko: '분류', en: 'Category' },
    severity: { ko: '기본 심각도', en: 'Default severity' },
    waivable: { ko: '예외 허용', en: 'Can be waived' },
    yes: { ko: '예', en: 'yes' },
    no: { ko: '아니요', en: 'no' },
    whenItFires: { ko: '언제 지적하나요', en: 'When it fires' },
    inKoreanKeywords: { ko: '한국어 키워드로', en: 'In Korean keywords' },
    whyItMatters: { ko: '왜 중요한가요', en: 'Why it matters' },
    source: { ko: '보고서 원문', en: 'Source' },
    fails: { ko: '지적되는 예', en: 'Fails' },
    passes: { ko: '통과하는 예', en: 'Passes' },
    settings: { ko: '설정', en: 'Settings' },
    report: { ko: '삼성경제연구소, 「한국 바이오클러스터 발전전략」(2002)', en: 'Samsung Economic Research Institute, "한국 바이오클러스터 발전전략" (2002)' },
    editorSetting: { ko: '편집기', en: 'Editor' },
    editorSettingText: { ko: '`{setting}` (error, warning, info, hint, off)', en: '`{setting}` (error, warning, info, hint, off)' },
    commandLineSetting: { ko: '명령줄', en: 'Command line' },
    commandLineSettingText: { ko: '`cplan.config.json`에 `{config}`, 또는 `cplan check --config 파일`', en: '`{config}` in `cplan.config.json`, or `cplan check --config FILE`' },
    reasonPlaceholder: { ko: '<사유>', en: '<reason>' },
    portfolioRule: { ko: '포트폴리오 규칙', en: 'A portfolio rule' },
    portfolioNote: {
        ko: '여러 지역 계획을 함께 볼 때만 점검합니다: `cplan portfolio <폴더>`, 또는 `cplan.portfolio.json`이 있는 작업 영역의 편집기. 계획 하나만 점검할 때는 "해당 없음"입니다.',
        en: 'Checked only when plans are compared as a portfolio: `cplan portfolio <folder>`, or in the editor when the workspace holds a `cplan.portfolio.json`. A plan checked alone shows it as not applicable.'
    },
    threshold: { ko: '기준값', en: 'Threshold' },
    thresholdText: { ko: '`cplan.portfolio.json`의 `{setting}` (기본 {default}, {range})', en: '`{setting}` in `cplan.portfolio.json` (default {default}, {range})' },
    defaultValue: { ko: '기본', en: 'default' },
    orMore: { ko: '이상', en: 'or more' }
} satisfies Record<string, Localized>;

export const SEVERITY_WORDS: Readonly<Record<Severity, Localized>> = {
    error: { ko: '오류', en: 'error' },
    warning: { ko: '경고', en: 'warning' },
    info: { ko: '정보', en: 'info' },
    hint: { ko: '힌트', en: 'hint' }
};

/**
 * The parts of a rule's page that are not words of the catalogue: its category, its waiver, its
 * examples (a portfolio rule's are several plans) and settings, and a portfolio rule's threshold.
 */
export function rulePageFacts(rule: RuleEntry) {
    const examples = (body: RuleEntry['examples']['failing']) => (rule.kind === 'portfolio' ? examplePortfolio(body as readonly string[]) : [examplePlan(body as string)])
        .map(text => text.trimEnd());
    const threshold = rule.kind === 'portfolio' ? rule.threshold : undefined;
    const koreanKeywordTrigger = wordedForKoreanPlan(rule.trigger.ko);
    return {
        category: CATEGORIES.find(entry => entry.id === rule.category)?.title,
        /** The Korean trigger as a plan in Korean keywords reads it, where that differs: the page belongs to no plan, so it gives both. */
        koreanKeywordTrigger: koreanKeywordTrigger === rule.trigger.ko ? undefined : koreanKeywordTrigger,
        waiver: isWaivable(rule)
            ? (locale: Locale, spelling: KeywordSpelling = 'en') => `${spell('waive', spelling)} "${rule.id}" ${spell('because', spelling)} "${RULE_PAGE_LABELS.reasonPlaceholder[locale]}"`
            : undefined,
        portfolio: rule.kind === 'portfolio',
        failing: examples(rule.examples.failing),
        passing: examples(rule.examples.passing),
        threshold: threshold && {
            setting: `{ "thresholds": { "${rule.id}": ${threshold.default} } }`,
            default: threshold.default,
            /** The values allowed, with `orMore` for an open range. */
            range: (orMore: string) => threshold.max === undefined ? `${threshold.min} ${orMore}` : `${threshold.min}–${threshold.max}`,
            meaning: threshold.meaning
        },
        editorSetting: (locale: Locale) => fillTemplate(RULE_PAGE_LABELS.editorSettingText[locale], { setting: `"clusterPlan.rules": { "${rule.id}": "warning" }` }),
        commandLineSetting: (locale: Locale) => fillTemplate(RULE_PAGE_LABELS.commandLineSettingText[locale], { config: `{ "rules": { "${rule.id}": "off" } }` })
    };
}
