import type { Term } from '../analysis/prescriptions.js';
import type { Localized } from '../analysis/locale.js';

/**
 * Every text the editor features (completion, outline, rename, inlay hints, code lens) show
 * to the user, in Korean and English. `{placeholders}` are filled with `fillTemplate`.
 */

/** The two agendas the ten goals belong to, shown with each goal in completion. */
export const GOAL_AGENDAS: Readonly<Record<Term, Localized>> = {
    short: { ko: '단기 과제의 목표 (여건 조성)', en: 'a short-term goal (building the conditions)' },
    long: { ko: '장기 과제의 목표 (클러스터 역량)', en: 'a long-term goal (the cluster\'s capabilities)' }
};

export const COMPLETION_TEXTS = {
    referenceDetail: { ko: '{kind} · {title}', en: '{kind} · {title}' },
    snippetDetail: { ko: '새 {kind} 블록', en: 'new {kind} block' },
    planSnippetDetail: { ko: '새 발전계획 (뼈대)', en: 'new development plan (skeleton)' }
} satisfies Record<string, Localized>;

/** Placeholder texts inside snippets; the user types over them. */
export const SNIPPET_PLACEHOLDERS = {
    planTitle: { ko: '바이오클러스터 발전계획', en: 'bio-cluster development plan' },
    region: { ko: '지역 이름', en: 'region' },
    visionStatement: { ko: '차별화된 비전', en: 'differentiated vision' },
    summary: { ko: '지역 바이오산업 현황', en: 'the region\'s bio-industry today' },
    consensus: { ko: '지역 전체가 합의한 내용', en: 'what the whole region agreed' },
    title: { ko: '{kind} 이름', en: '{kind} name' },
    text: { ko: '설명', en: 'description' }
} satisfies Record<string, Localized>;

/** Outline entries that are not named elements. */
export const OUTLINE_TEXTS = {
    group: { ko: '{kind} ({count})', en: '{kind} ({count})' },
    assessment: { ko: '현황 진단', en: 'assessment' },
    vision: { ko: '비전', en: 'vision' },
    problem: { ko: '시스템 문제: {kind}', en: 'systemic problem: {kind}' }
} satisfies Record<string, Localized>;

export const RENAME_TEXTS = {
    invalidName: {
        ko: '\'{name}\'은(는) 이름으로 쓸 수 없습니다. 이름은 한글·영문 글자나 _로 시작하고 글자·숫자·_만 씁니다 (예: T1, 진흥원).',
        en: '\'{name}\' is not a valid name: a name starts with a letter (Hangul or Latin) or _, followed by letters, digits or _ (e.g. T1, Agency).'
    },
    clash: {
        ko: '\'{name}\'은(는) 이 계획에 이미 있는 {kind}의 이름입니다. 다른 이름을 고르세요.',
        en: '\'{name}\' is already the name of a {kind} in this plan: choose another name.'
    }
} satisfies Record<string, Localized>;

export const INLAY_TEXTS = {
    years: { ko: '· {count}년', en: '· {count} years' },
    oneYear: { ko: '· 1년', en: '· 1 year' },
    yearsTooltip: { ko: '{start}년부터 {end}년까지, 두 해 모두 포함', en: 'from {start} to {end}, both years included' },
    eok: { ko: '· {eok}', en: '· {eok}' },
    eokTooltip: { ko: '억원으로 환산한 금액', en: 'the amount in 억원 (100 million won)' },
    usdTooltip: {
        ko: '억원으로 환산한 금액 (계획 환율 1달러 = {rate}원)',
        en: 'the amount in 억원 (100 million won), at the planning rate of {rate} won per dollar'
    }
} satisfies Record<string, Localized>;

export const CODE_LENS_TEXTS = {
    total: { ko: '원칙 준수 {met}/{assessed}', en: 'principles met {met}/{assessed}' },
    category: { ko: '{title} {met}/{assessed}', en: '{title} {met}/{assessed}' },
    syntaxErrors: {
        ko: '구문 오류를 고치면 원칙 준수 점수를 보여 드립니다',
        en: 'fix the syntax errors to see how well the plan follows the principles'
    },
    openProblems: { ko: '문제 보기 열기', en: 'open the Problems view' }
} satisfies Record<string, Localized>;
