import { spell, type KeywordSpelling } from '../grammar/keyword-spellings.js';
import type { Locale, Localized } from './locale.js';

/**
 * A keyword's short label. `document` is the terser wording a plan document prints in its
 * table cells, given only where it differs from the label that messages and the editor show.
 */
export interface KeywordLabel extends Localized {
    readonly document?: Localized;
}

const inDocument = (ko: string, en: string): { document: Localized } => ({ document: { ko, en } });

/**
 * What the language's words mean in planning terms, in Korean and English: the one table of
 * value labels for messages, editor features and the plan document. Messages name keywords
 * together with these labels so that a planner understands them without the manual.
 * A keyword that means something else in one grammar rule (`tier global` is not the goal
 * `global`) has an entry keyed `<grammar rule>:<keyword>`, looked up before the plain keyword.
 */
export const KEYWORD_LABELS: Readonly<Record<string, KeywordLabel>> = {
    // goals: the short-term agenda
    talent: { ko: '핵심인력 유치 환경', en: 'environment to attract key people' },
    infrastructure: { ko: '사회 인프라', en: 'social infrastructure' },
    workforce: { ko: '숙련 인력 공급', en: 'skilled labour supply' },
    policy: { ko: '정책 지원 환경', en: 'supportive policy' },
    finance: { ko: '금융 지원', en: 'finance' },
    // goals: the long-term agenda
    research: { ko: '세계적 연구기반', en: 'world-class research base' },
    startups: { ko: '활발한 창업', en: 'active start-ups' },
    services: { ko: '지원서비스·연관산업', en: 'support services and demand industries' },
    network: { ko: '효율적 네트워크', en: 'efficient networks' },
    global: { ko: '해외 클러스터 연계', en: 'ties with overseas clusters' },
    // goals: the talent track beside `workforce`
    researchers: { ko: '고급 연구인력 양성', en: 'training advanced researchers' },
    // professional services
    venture: { ko: '벤처캐피탈', en: 'venture capital' },
    patent: { ko: '특허', en: 'patents' },
    legal: { ko: '법률', en: 'legal' },
    consulting: { ko: '경영컨설팅', en: 'management consulting' },
    // living environment
    education: { ko: '교육', en: 'education' },
    culture: { ko: '문화', en: 'culture' },
    transport: { ko: '교통·도로', en: 'transport' },
    housing: { ko: '주거', en: 'housing' },
    childcare: { ko: '보육', en: 'childcare' },
    medical: { ko: '의료', en: 'medical care' },
    // business incentives
    tax: { ko: '세제지원', en: 'tax support' },
    deregulation: { ko: '규제감면', en: 'deregulation' },
    exit: { ko: '시장 진입·퇴출 시스템', en: 'market entry and exit system', ...inDocument('진입·퇴출 시스템', 'entry and exit') },
    // vision choices
    strategy: { ko: '개발 전략', en: 'development strategy' },
    scope: { ko: '육성 범위', en: 'scope' },
    structure: { ko: '클러스터 구조', en: 'cluster structure' },
    greenfield: { ko: '신규개발', en: 'build new' },
    attraction: { ko: '외부영입', en: 'attract from outside' },
    hightech: { ko: '하이테크 바이오텍 중심', en: 'high-tech biotech' },
    lifescience: { ko: '범생명과학 포괄', en: 'broad life science' },
    integrated: { ko: '지역내 수직통합형', en: 'vertically integrated' },
    distributed: { ko: '분산협력형', en: 'distributed, cooperative' },
    // task terms
    short: { ko: '단기', en: 'short-term' },
    long: { ko: '장기', en: 'long-term' },
    // leadership
    private: { ko: '민간 주도', en: 'private-led' },
    government: { ko: '관 주도', en: 'government-led' },
    joint: { ko: '민관 공동', en: 'joint' },
    // network kinds
    business: { ko: '비즈니스', en: 'business' },
    social: { ko: '친목', en: 'social' },
    official: { ko: '관 주도 회의', en: 'official meeting' },
    // problem kinds
    mismatch: { ko: '시장니즈와 대학·공공기관 역할 불일치', en: 'market needs vs university roles' },
    purchasing: { ko: '고객의 구매력 실종', en: 'customers lack purchasing power' },
    market: { ko: '비효율적 시장기구', en: 'inefficient market institutions' },
    information: { ko: '불완전한 정보획득 구조', en: 'incomplete information' },
    linkage: { ko: '구성원간의 제한적 연계', en: 'limited ties among members' },
    // policy responses
    collaboration: { ko: '산학연 연계 활성화', en: 'industry–university collaboration' },
    liaison: { ko: '산학연 연계지원 기구', en: 'liaison office' },
    training: { ko: '인적자원 개발', en: 'training' },
    transfer: { ko: '기술전수', en: 'technology transfer' },
    procurement: { ko: '공공 구매', en: 'public procurement' },
    desubsidize: { ko: '보조사업 철폐', en: 'end subsidies' },
    horizontal: { ko: '수평적 정책결정', en: 'horizontal policy-making' },
    noninterference: { ko: '정부간섭 최소화', en: 'minimal interference' },
    competition: { ko: '경쟁장려', en: 'promote competition' },
    foresight: { ko: '기술예측', en: 'technology foresight' },
    intelligence: { ko: '전략적 시장정보', en: 'market intelligence' },
    dialogue: { ko: '대화의 장', en: 'dialogue' },
    cooperation: { ko: '협력 촉진 기구', en: 'cooperation' },
    reward: { ko: '기술이전 실적 보상체계', en: 'rewards for technology transfer', ...inDocument('기술이전 보상', 'transfer rewards') },

    // ---- meanings that depend on the grammar rule the value is written in ----------------------
    'LanguageClause:ko': { ko: '한국어 문서', en: 'document in Korean' },
    'LanguageClause:en': { ko: '영어 문서', en: 'document in English' },
    'AssessmentEntry:summary': { ko: '현황 요약', en: 'summary of the situation' },
    'AssessmentEntry:strength': { ko: '강점', en: 'strength' },
    'AssessmentEntry:weakness': { ko: '약점', en: 'weakness' },
    'AssessmentEntry:consensus': { ko: '지역 전체의 합의', en: 'region-wide consensus' },
    // value-chain segments (`research` here is not the research goal)
    'Segment:research': { ko: '기초연구', en: 'basic research', ...inDocument('연구', 'Research') },
    'Segment:discovery': { ko: '후보물질 발굴', en: 'drug discovery', ...inDocument('후보물질 발굴', 'Discovery') },
    'Segment:preclinical': { ko: '전임상', en: 'preclinical trials', ...inDocument('전임상', 'Preclinical') },
    'Segment:clinical': { ko: '임상', en: 'clinical trials', ...inDocument('임상', 'Clinical') },
    'Segment:manufacturing': { ko: '생산', en: 'manufacturing', ...inDocument('생산', 'Manufacturing') },
    'Segment:marketing': { ko: '마케팅·판매', en: 'marketing and sales', ...inDocument('마케팅', 'Marketing') },
    'OperatorClause:private': { ko: '민간운영기관', en: 'private operating body', ...inDocument('민간 운영', 'private') },
    'OperatorClause:public': { ko: '공공 운영', en: 'run by the public sector', ...inDocument('공공 운영', 'public') },
    'LevelClause:local': { ko: '지방정부', en: 'local government', ...inDocument('지자체', 'local') },
    'LevelClause:central': { ko: '중앙정부', en: 'central government', ...inDocument('중앙정부', 'central') },
    'OriginClause:local': { ko: '지역 내부', en: 'from the region', ...inDocument('지역', 'local') },
    'OriginClause:external': { ko: '외부 영입', en: 'brought in from outside', ...inDocument('외부 영입', 'external') },
    'InstitutionTypeClause:university': { ko: '대학', en: 'university' },
    'InstitutionTypeClause:institute': { ko: '연구기관', en: 'research institute', ...inDocument('연구소', 'institute') },
    'InstitutionTypeClause:hospital': { ko: '연구중심 병원', en: 'research hospital', ...inDocument('병원', 'hospital') },
    // the level of an institution, or of the base a link ties to
    'TierClause:global': { ko: '세계적 수준', en: 'world-class' },
    'TierClause:national': { ko: '국내 최고 수준', en: 'national level', ...inDocument('국가 수준', 'national') },
    'TierClause:regional': { ko: '지역 수준', en: 'regional level', ...inDocument('지역 수준', 'regional') },
    'StageClause:startup': { ko: '창업 초기', en: 'start-up' },
    'StageClause:growth': { ko: '성장기', en: 'growing', ...inDocument('성장', 'growth') },
    'StageClause:established': { ko: '안정기', en: 'established', ...inDocument('성숙', 'established') },
    'IndustryKindClause:hospital': { ko: '병원', en: 'hospital' },
    'IndustryKindClause:pharma': { ko: '제약', en: 'pharmaceuticals', ...inDocument('제약', 'pharma') },
    'IndustryKindClause:cro': { ko: '임상시험 수탁기관(CRO)', en: 'contract research organisation', ...inDocument('임상시험수탁(CRO)', 'CRO') },
    'IndustryKindClause:cmo': { ko: '위탁생산기관(CMO)', en: 'contract manufacturer', ...inDocument('위탁생산(CMO)', 'CMO') },
    'IndustryKindClause:other': { ko: '기타 연관산업', en: 'other related industry', ...inDocument('기타', 'other') },
    'SourceClause:private': { ko: '민간 재원', en: 'private money', ...inDocument('민간', 'private') },
    'SourceClause:public': { ko: '공공 재원', en: 'public money', ...inDocument('공공', 'public') },
    'SourceClause:joint': { ko: '민관 공동 재원', en: 'joint public–private money', ...inDocument('민관 공동', 'joint') },
    'SelectionClause:competitive': { ko: '경쟁 선정', en: 'competitive selection', ...inDocument('경쟁 선정', 'competitive') },
    'SelectionClause:discretionary': { ko: '재량 배분', en: 'discretionary allocation', ...inDocument('재량 배분', 'discretionary') },
    'AuditClause:continuous': { ko: '상시 감사', en: 'continuous audit', ...inDocument('상시 감사', 'continuous') },
    'AuditClause:annual': { ko: '연 1회 감사', en: 'annual audit', ...inDocument('연 1회', 'annual') },
    'AuditClause:none': { ko: '감사 없음', en: 'no audit', ...inDocument('없음', 'none') },
    'ReviewClause:staged': { ko: '단계별 성과평가', en: 'stage-by-stage review', ...inDocument('단계별 평가', 'staged') },
    'ReviewClause:none': { ko: '성과평가 없음', en: 'no review', ...inDocument('없음', 'none') },
    'PurposeClause:research': { ko: '연구개발', en: 'research', ...inDocument('연구', 'research') },
    'PurposeClause:infrastructure': { ko: '기반시설', en: 'infrastructure', ...inDocument('인프라', 'infrastructure') },
    'PurposeClause:investment': { ko: '기업 투자', en: 'investment in firms', ...inDocument('투자', 'investment') },
    'PurposeClause:subsidy': { ko: '보조금', en: 'subsidy' },
    'NetworkOffer:market': { ko: '시장정보', en: 'market information', ...inDocument('시장 정보', 'market information') },
    'NetworkOffer:foresight': { ko: '기술예측', en: 'technology foresight', ...inDocument('기술 예측', 'foresight') },
    'NetworkOffer:overseas': { ko: '해외 진출 지원', en: 'help going abroad', ...inDocument('해외 진출', 'overseas') },
    'NetworkOffer:matching': { ko: '파트너 연결', en: 'partner matching', ...inDocument('매칭', 'matching') },
    'LinkScopeClause:overseas': { ko: '해외 클러스터', en: 'overseas cluster', ...inDocument('해외', 'overseas') },
    'LinkScopeClause:domestic': { ko: '국내 클러스터', en: 'domestic cluster', ...inDocument('국내', 'domestic') },
    'ProblemKind:policy': { ko: '공공정책의 실패', en: 'public-policy failure' },
    'PolicyResponse:consulting': { ko: '정책 자문', en: 'policy consulting' },
    'Cadence:monthly': { ko: '매월', en: 'monthly' },
    'Cadence:quarterly': { ko: '분기마다', en: 'quarterly', ...inDocument('분기별', 'quarterly') },
    'Cadence:annually': { ko: '매년', en: 'annually' },
    'Money:KRW': { ko: '원', en: 'won' },
    'Money:USD': { ko: '미국 달러', en: 'US dollars' },
    'Money:억원': { ko: '억 원', en: '100 million won' },
    'Money:백만원': { ko: '백만 원', en: 'million won' },
    'Money:조원': { ko: '조 원', en: 'trillion won' }
};

/** The label of a keyword where it stands: the entry for its grammar rule, else the plain one. */
export function keywordLabel(keyword: string, rule?: string): KeywordLabel | undefined {
    return (rule ? KEYWORD_LABELS[`${rule}:${keyword}`] : undefined) ?? KEYWORD_LABELS[keyword];
}

/**
 * What a keyword value means where it stands (`rule` is the grammar rule it is written in:
 * `none` as audit or review, `global` as tier), in the words messages and the editor use, or
 * in the terser words of the document's table cells.
 */
export function valueLabel(keyword: string, locale: Locale, options: { readonly rule?: string; readonly wording?: 'editor' | 'document' } = {}): string | undefined {
    const entry = keywordLabel(keyword, options.rule);
    return (options.wording === 'document' ? entry?.document ?? entry : entry)?.[locale];
}

/** Element kinds by AST type, for messages such as "there is no actor named X". */
export const ELEMENT_KIND_LABELS: Readonly<Record<string, Localized>> = {
    Actor: { ko: '주체(기구·정부·챔피언·기관·기업·연관산업)', en: 'actor (agency, government, champion, institution, firm or industry)' },
    Agency: { ko: '전담기구', en: 'agency' },
    Government: { ko: '정부', en: 'government' },
    Champion: { ko: '챔피언', en: 'champion' },
    Institution: { ko: '대학·연구기관', en: 'institution' },
    Firm: { ko: '기업', en: 'firm' },
    Industry: { ko: '연관산업', en: 'industry' },
    Fund: { ko: '펀드', en: 'fund' },
    Network: { ko: '네트워크', en: 'network' },
    Link: { ko: '연계(link)', en: 'link' },
    Task: { ko: '과제', en: 'task' }
};

/** Blocks that are not named elements, for messages about what is inside them. */
const BLOCK_LABELS: Readonly<Record<string, Localized>> = {
    Plan: { ko: '계획', en: 'plan' },
    Assessment: { ko: '현황 진단(assessment)', en: 'assessment' },
    Vision: { ko: '비전(vision)', en: 'vision' },
    Problem: { ko: '문제(problem)', en: 'problem' }
};

/** `전담기구 BMBA` / `agency BMBA`; a block without a name is `비전(vision)` / `the vision`. */
export function describeElement(type: string, name: string | undefined, locale: Locale): string {
    const label = (ELEMENT_KIND_LABELS[type] ?? BLOCK_LABELS[type])?.[locale] ?? type;
    if (name !== undefined) {
        return `${label} ${name}`;
    }
    return locale === 'ko' ? label : `the ${label}`;
}

/**
 * `talent(핵심인력 유치 환경)` in Korean, `talent (environment to attract key people)` in
 * English; the keyword in the plan's spelling (`핵심인력(핵심인력 유치 환경)`), its label
 * left out where it only repeats the keyword.
 */
export function describeKeyword(keyword: string, locale: Locale, spelling: KeywordSpelling, rule?: string): string {
    const word = spell(keyword, spelling);
    const label = keywordLabel(keyword, rule)?.[locale];
    if (!label || label.toLowerCase() === word || label.replaceAll(' ', '') === word) {
        return word;
    }
    return locale === 'ko' ? `${word}(${label})` : `${word} (${label})`;
}

export function describeKeywords(keywords: readonly string[], locale: Locale, spelling: KeywordSpelling, rule?: string): string {
    return keywords.map(keyword => describeKeyword(keyword, locale, spelling, rule)).join(', ');
}

/** A kind of element without a name: `과제` / `task`. */
export function describeElementKind(type: string, locale: Locale): string {
    return ELEMENT_KIND_LABELS[type]?.[locale] ?? type;
}

/** Token kinds the parser may expect, in words; keywords are quoted as they are written. */
const TOKEN_LABELS: Readonly<Record<string, Localized>> = {
    ID: { ko: '이름', en: 'a name' },
    STRING: { ko: '따옴표로 감싼 글 ("…")', en: 'a quoted text ("…")' },
    INT: { ko: '숫자', en: 'a number' },
    DECIMAL: { ko: '숫자', en: 'a number' },
    GROUPED_NUMBER: { ko: '숫자', en: 'a number' },
    EOF: { ko: '파일 끝', en: 'the end of the file' }
};

const MAX_TOKENS_LISTED = 6;

/**
 * What the parser expected, in the reader's words. Where a name may stand, any keyword may
 * too (a name may be spelled like one), so that is said as "a name", not as 160 keywords.
 * Keywords are quoted in the plan's spelling.
 */
export function describeExpectedTokens(tokens: readonly string[], locale: Locale, spelling: KeywordSpelling): string {
    if (tokens.includes('ID')) {
        return TOKEN_LABELS.ID[locale];
    }
    const described = [...new Set(tokens.map(token => TOKEN_LABELS[token]?.[locale] ?? `'${spell(token, spelling)}'`))];
    const listed = described.slice(0, MAX_TOKENS_LISTED).join(', ');
    return described.length > MAX_TOKENS_LISTED ? `${listed}, …` : listed;
}
