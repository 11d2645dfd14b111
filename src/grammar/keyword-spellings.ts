/**
 * Every keyword of the language with its Korean spelling (../shared spec: korean.md), the
 * report's own term where it has one. Both spellings are the same keyword: the lexer reads
 * either, conversion turns one into the other, completion, hover and messages show the plan's.
 */
export const KOREAN_KEYWORDS = {
    // file
    plan: '계획',
    // plan
    region: '대상지역',
    horizon: '계획기간',
    to: '부터',
    leadership: '주도',
    language: '문서언어',
    services: '지원서비스',
    environment: '생활환경',
    incentives: '기업환경',
    ip: '지식재산보호',
    waive: '적용제외',
    because: '사유',
    // leadership
    'private': '민간',
    government: '정부',
    joint: '민관공동',
    // language
    ko: '한국어',
    en: '영어',
    // services
    venture: '벤처캐피탈',
    patent: '특허',
    legal: '법률',
    finance: '금융',
    consulting: '컨설팅',
    // environment
    education: '교육',
    culture: '문화',
    transport: '교통',
    housing: '주거',
    childcare: '보육',
    medical: '의료',
    // incentives
    tax: '세제지원',
    deregulation: '규제감면',
    exit: '진입퇴출',
    // assessment
    assessment: '상황인식',
    summary: '현황',
    strength: '강점',
    weakness: '약점',
    consensus: '컨센서스',
    // vision
    vision: '비전',
    strategy: '전략',
    greenfield: '신규개발',
    attraction: '외부영입',
    scope: '범위',
    hightech: '하이테크',
    lifescience: '범생명과학',
    structure: '구조',
    integrated: '수직통합',
    distributed: '분산협력',
    position: '포지셔닝',
    outsource: '아웃소싱',
    // segments
    research: '연구',
    discovery: '후보물질발굴',
    preclinical: '전임상',
    clinical: '임상',
    manufacturing: '생산',
    marketing: '마케팅',
    // agency
    agency: '전담기구',
    independent: '독립',
    budget: '예산',
    mandate: '임무',
    survey: '수요조사',
    operator: '운영주체',
    coordinates: '조율',
    // government
    level: '계층',
    local: '지역',
    central: '중앙',
    // champion
    champion: '챔피언',
    role: '역할',
    origin: '출신',
    external: '외부',
    // institution
    institution: '연구기관',
    type: '유형',
    university: '대학',
    institute: '연구소',
    hospital: '병원',
    tier: '수준',
    global: '글로벌',
    national: '국가',
    regional: '권역',
    scientists: '스타과학자',
    // firm
    firm: '기업',
    star: '스타기업',
    stage: '성장단계',
    startup: '창업기',
    growth: '성장기',
    established: '성숙기',
    // industry
    industry: '연관산업',
    kind: '종류',
    pharma: '제약사',
    cro: '임상수탁',
    cmo: '위탁생산',
    other: '기타',
    // fund
    fund: '육성자금',
    source: '재원',
    'public': '공공',
    amount: '규모',
    selection: '선정',
    competitive: '경쟁',
    discretionary: '재량',
    audit: '감사',
    continuous: '상시',
    annual: '연간',
    none: '없음',
    review: '심사',
    staged: '단계별',
    purpose: '용도',
    infrastructure: '인프라',
    investment: '투자',
    subsidy: '보조금',
    // network
    network: '네트워크',
    business: '비즈니스',
    social: '친목',
    official: '관주도',
    members: '구성원',
    host: '주관',
    meets: '개최',
    offers: '제공',
    market: '시장',
    foresight: '기술예측',
    overseas: '해외',
    matching: '매칭',
    bridge: '연결고리',
    via: '매개',
    // cadence
    monthly: '매월',
    quarterly: '매분기',
    annually: '매년',
    // link
    link: '연계',
    domestic: '국내',
    channel: '교류채널',
    partner: '파트너',
    // problem
    problem: '문제',
    response: '대응',
    mismatch: '불일치',
    purchasing: '구매력',
    policy: '정책',
    information: '정보',
    linkage: '연계부족',
    // responses
    collaboration: '산학연협력',
    liaison: '연계지원기구',
    training: '인적자원개발',
    transfer: '기술이전',
    reward: '보상체계',
    procurement: '공공구매',
    desubsidize: '보조사업철폐',
    horizontal: '수평적정책',
    noninterference: '간섭최소화',
    competition: '경쟁장려',
    intelligence: '전략정보',
    dialogue: '대화',
    cooperation: '협력촉진',
    // task
    task: '과제',
    term: '구분',
    short: '단기',
    long: '장기',
    owner: '담당',
    period: '기간',
    goals: '목표',
    after: '선행과제',
    // goals
    talent: '핵심인력',
    workforce: '숙련인력',
    startups: '창업',
    researchers: '연구인력'
} as const;

/** How a plan writes its keywords: in English or in Korean. */
export type KeywordSpelling = 'en' | 'ko';

export type Keyword = keyof typeof KOREAN_KEYWORDS;

/** Every spelling of every keyword (English and Korean), with the keyword it spells. */
const KEYWORD_OF_SPELLING: ReadonlyMap<string, Keyword> = new Map(Object.entries(KOREAN_KEYWORDS)
    .flatMap(([keyword, korean]) => [[keyword, keyword], [korean, keyword]] as Array<[string, Keyword]>));

const KOREAN_SPELLINGS: ReadonlySet<string> = new Set(Object.values(KOREAN_KEYWORDS));

/**
 * The keyword a word spells, in either spelling, or undefined. A word typed in decomposed
 * Hangul (NFD, as macOS saves it) spells the keyword its composed form (NFC) spells.
 */
export function keywordOf(word: string): Keyword | undefined {
    return KEYWORD_OF_SPELLING.get(word) ?? KEYWORD_OF_SPELLING.get(word.normalize('NFC'));
}

/**
 * Both spellings of a keyword, English first (`spellingsOf('horizon')` and
 * `spellingsOf('계획기간')` are `['horizon', '계획기간']`); a word that spells no keyword
 * (a money unit, punctuation) is its only spelling.
 */
export function spellingsOf(word: string): readonly string[] {
    const keyword = keywordOf(word);
    return keyword === undefined ? [word] : [keyword, KOREAN_KEYWORDS[keyword]];
}

/** Whether a word is the Korean spelling of a keyword. */
export function isKoreanSpelling(word: string): boolean {
    return KOREAN_SPELLINGS.has(word) || KOREAN_SPELLINGS.has(word.normalize('NFC'));
}

/** A keyword (either spelling) in the given spelling; any other word as it is. */
export function spell(word: string, spelling: KeywordSpelling): string {
    const keyword = keywordOf(word);
    if (keyword === undefined) {
        return word;
    }
    return spelling === 'ko' ? KOREAN_KEYWORDS[keyword] : keyword;
}

