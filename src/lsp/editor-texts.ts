import type { Localized } from '../analysis/locale.js';

/**
 * Every text the editor features (completion, outline, rename, inlay hints, code lens) show
 * to the user, in Korean and English. `{placeholders}` are filled with `fillTemplate`.
 */

/**
 * What an enum value means where it stands, keyed by the grammar rule the value belongs to.
 * Only values whose meaning is not in `KEYWORD_LABELS`, or differs from it in this place
 * (`research` as a value-chain segment is not the research goal), are listed here.
 */
export const VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, Localized>>>> = {
    LanguageClause: {
        ko: { ko: '한국어 문서', en: 'document in Korean' },
        en: { ko: '영어 문서', en: 'document in English' }
    },
    AssessmentEntry: {
        summary: { ko: '현황 요약', en: 'summary of the situation' },
        strength: { ko: '강점', en: 'strength' },
        weakness: { ko: '약점', en: 'weakness' },
        consensus: { ko: '지역 전체의 합의', en: 'region-wide consensus' }
    },
    Segment: {
        research: { ko: '기초연구', en: 'basic research' },
        discovery: { ko: '후보물질 발굴', en: 'drug discovery' },
        preclinical: { ko: '전임상', en: 'preclinical trials' },
        clinical: { ko: '임상', en: 'clinical trials' },
        manufacturing: { ko: '생산', en: 'manufacturing' },
        marketing: { ko: '마케팅·판매', en: 'marketing and sales' }
    },
    LevelClause: {
        local: { ko: '지방정부', en: 'local government' },
        central: { ko: '중앙정부', en: 'central government' }
    },
    OriginClause: {
        local: { ko: '지역 내부', en: 'from the region' },
        external: { ko: '외부 영입', en: 'brought in from outside' }
    },
    InstitutionTypeClause: {
        university: { ko: '대학', en: 'university' },
        institute: { ko: '연구기관', en: 'research institute' },
        hospital: { ko: '연구중심 병원', en: 'research hospital' }
    },
    TierClause: {
        global: { ko: '세계적 수준', en: 'world-class' },
        national: { ko: '국내 최고 수준', en: 'national level' },
        regional: { ko: '지역 수준', en: 'regional level' }
    },
    StageClause: {
        startup: { ko: '창업 초기', en: 'start-up' },
        growth: { ko: '성장기', en: 'growing' },
        established: { ko: '안정기', en: 'established' }
    },
    IndustryKindClause: {
        hospital: { ko: '병원', en: 'hospital' },
        pharma: { ko: '제약', en: 'pharmaceuticals' },
        cro: { ko: '임상시험 수탁기관(CRO)', en: 'contract research organisation' },
        cmo: { ko: '위탁생산기관(CMO)', en: 'contract manufacturer' },
        other: { ko: '기타 연관산업', en: 'other related industry' }
    },
    SourceClause: {
        private: { ko: '민간 재원', en: 'private money' },
        public: { ko: '공공 재원', en: 'public money' },
        joint: { ko: '민관 공동 재원', en: 'joint public–private money' }
    },
    SelectionClause: {
        competitive: { ko: '경쟁 선정', en: 'competitive selection' },
        discretionary: { ko: '재량 배분', en: 'discretionary allocation' }
    },
    AuditClause: {
        continuous: { ko: '상시 감사', en: 'continuous audit' },
        annual: { ko: '연 1회 감사', en: 'annual audit' },
        none: { ko: '감사 없음', en: 'no audit' }
    },
    ReviewClause: {
        staged: { ko: '단계별 성과평가', en: 'stage-by-stage review' },
        none: { ko: '성과평가 없음', en: 'no review' }
    },
    PurposeClause: {
        research: { ko: '연구개발', en: 'research' },
        infrastructure: { ko: '기반시설', en: 'infrastructure' },
        investment: { ko: '기업 투자', en: 'investment in firms' },
        subsidy: { ko: '보조금', en: 'subsidy' }
    },
    NetworkOffer: {
        market: { ko: '시장정보', en: 'market information' },
        foresight: { ko: '기술예측', en: 'technology foresight' },
        overseas: { ko: '해외 진출 지원', en: 'help going abroad' },
        matching: { ko: '파트너 연결', en: 'partner matching' }
    },
    LinkScopeClause: {
        overseas: { ko: '해외 클러스터', en: 'overseas cluster' },
        domestic: { ko: '국내 클러스터', en: 'domestic cluster' }
    },
    ProblemKind: {
        policy: { ko: '공공정책의 실패', en: 'public-policy failure' }
    },
    PolicyResponse: {
        consulting: { ko: '정책 자문', en: 'policy consulting' }
    },
    Cadence: {
        monthly: { ko: '매월', en: 'monthly' },
        quarterly: { ko: '분기마다', en: 'quarterly' },
        annually: { ko: '매년', en: 'annually' }
    },
    Money: {
        KRW: { ko: '원', en: 'won' },
        USD: { ko: '미국 달러', en: 'US dollars' },
        '억원': { ko: '억 원', en: '100 million won' },
        '백만원': { ko: '백만 원', en: 'million won' },
        '조원': { ko: '조 원', en: 'trillion won' }
    }
};

/** The two agendas the ten goals belong to, shown with each goal in completion. */
export const GOAL_AGENDAS: Readonly<Record<'short' | 'long', Localized>> = {
    short: { ko: '단기 과제의 목표 (여건 조성)', en: 'a short-term goal (building the conditions)' },
    long: { ko: '장기 과제의 목표 (클러스터 역량)', en: 'a long-term goal (the cluster\'s capabilities)' }
};

/** Which agenda each goal serves (the report's short-term conditions, long-term capabilities). */
export const GOAL_AGENDA_OF: Readonly<Record<string, 'short' | 'long'>> = {
    talent: 'short', infrastructure: 'short', workforce: 'short', policy: 'short', finance: 'short',
    research: 'long', startups: 'long', services: 'long', network: 'long', global: 'long'
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
    total: { ko: '원칙 준수 {passed}/{applicable}', en: 'principles met {passed}/{applicable}' },
    category: { ko: '{title} {passed}/{applicable}', en: '{title} {passed}/{applicable}' },
    syntaxErrors: {
        ko: '구문 오류를 고치면 원칙 준수 점수를 보여 드립니다',
        en: 'fix the syntax errors to see how well the plan follows the principles'
    },
    openProblems: { ko: '문제 보기 열기', en: 'open the Problems view' }
} satisfies Record<string, Localized>;
