import type { Locale, Localized } from './locale.js';

/**
 * What the language's words mean in planning terms, in Korean and English. Messages name
 * keywords together with these labels so that a planner understands them without the manual.
 */
export const KEYWORD_LABELS: Readonly<Record<string, Localized>> = {
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
    cooperation: { ko: '협력 촉진 기구', en: 'cooperation' }
};

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

/** `talent(핵심인력 유치 환경)` in Korean, `talent (environment to attract key people)` in English. */
export function describeKeyword(keyword: string, locale: Locale): string {
    const label = KEYWORD_LABELS[keyword]?.[locale];
    if (!label || label.toLowerCase() === keyword) {
        return keyword;
    }
    return locale === 'ko' ? `${keyword}(${label})` : `${keyword} (${label})`;
}

export function describeKeywords(keywords: readonly string[], locale: Locale): string {
    return keywords.map(keyword => describeKeyword(keyword, locale)).join(', ');
}
