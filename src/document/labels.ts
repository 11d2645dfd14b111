import type { Locale, Localized } from '../analysis/locale.js';
import { KEYWORD_LABELS } from '../analysis/vocabulary.js';

/**
 * Every text the plan document itself prints (headings, column titles, values of the
 * language's enumerations), in Korean and English. Rule texts come from the catalogue.
 */
export const DOCUMENT_LABELS = {
    // chapters, in the roadmap order of the report
    chapterAssessment: { ko: '현황 진단', en: 'Assessment' },
    chapterVision: { ko: '비전과 전략', en: 'Vision and strategy' },
    chapterGovernance: { ko: '추진체계', en: 'Governance' },
    chapterInnovation: { ko: '혁신 기반', en: 'Innovation base' },
    chapterNetworks: { ko: '네트워크', en: 'Networks' },
    chapterTasks: { ko: '단기·장기 과제', en: 'Short- and long-term tasks' },
    chapterBudget: { ko: '재원', en: 'Funding' },
    chapterScorecard: { ko: '원칙 점검표', en: 'Principles scorecard' },
    contents: { ko: '목차', en: 'Contents' },
    documentKind: { ko: '지역 바이오클러스터 발전계획', en: 'Regional bio-cluster development plan' },
    basedOn: { ko: '삼성경제연구소 「한국 바이오클러스터 발전전략」(2002)의 원칙에 따라 점검함', en: 'Checked against the principles of SERI, "Korean bio-cluster development strategy" (2002)' },
    region: { ko: '지역', en: 'Region' },
    horizon: { ko: '계획 기간', en: 'Plan period' },
    horizonValue: { ko: '{start}–{end}년 ({years}년)', en: '{start}–{end} ({years} years)' },
    overallScore: { ko: '원칙 준수', en: 'Principles met' },
    notGiven: { ko: '정하지 않음', en: 'not given' },
    none: { ko: '없음', en: 'none' },
    yes: { ko: '예', en: 'yes' },
    no: { ko: '아니요', en: 'no' },
    // chapter 1
    strengths: { ko: '강점', en: 'Strengths' },
    weaknesses: { ko: '약점', en: 'Weaknesses' },
    consensus: { ko: '지역 컨센서스', en: 'Regional consensus' },
    noAssessment: { ko: '현황 진단이 작성되지 않았습니다.', en: 'The plan has no assessment.' },
    problems: { ko: '시스템적 문제와 정책 대응', en: 'Systemic problems and policy responses' },
    problemKind: { ko: '문제 유형', en: 'Problem' },
    description: { ko: '내용', en: 'Description' },
    responses: { ko: '정책 대응', en: 'Responses' },
    // chapter 2
    visionStatement: { ko: '발전비전', en: 'Vision' },
    noVision: { ko: '발전비전이 작성되지 않았습니다.', en: 'The plan has no vision.' },
    choices: { ko: '세 가지 전략 선택', en: 'The three strategic choices' },
    choice: { ko: '선택 항목', en: 'Choice' },
    chosen: { ko: '선택', en: 'Chosen' },
    alternative: { ko: '대안', en: 'Alternative' },
    valueChain: { ko: '가치사슬 포지셔닝', en: 'Value-chain position' },
    segment: { ko: '단계', en: 'Segment' },
    role: { ko: '역할', en: 'Role' },
    positioned: { ko: '지역 담당', en: 'In the region' },
    outsourced: { ko: '아웃소싱', en: 'Outsourced' },
    notCovered: { ko: '해당 없음', en: 'Not covered' },
    // chapter 3
    leadership: { ko: '개발 주도', en: 'Leadership' },
    agencies: { ko: '전담기구', en: 'Cluster agency' },
    champions: { ko: '챔피언', en: 'Champions' },
    governments: { ko: '정부', en: 'Governments' },
    name: { ko: '이름', en: 'Name' },
    independent: { ko: '독립성', en: 'Independent' },
    budget: { ko: '예산', en: 'Budget' },
    mandate: { ko: '임무', en: 'Mandate' },
    survey: { ko: '기업 니즈 조사', en: 'Survey of firms' },
    origin: { ko: '출신', en: 'Origin' },
    level: { ko: '수준', en: 'Level' },
    noneDeclared: { ko: '계획에 없습니다.', en: 'None in the plan.' },
    // chapter 4
    institutions: { ko: '대학·연구기관', en: 'Universities and institutes' },
    firms: { ko: '기업', en: 'Firms' },
    industries: { ko: '연관산업', en: 'Demand-side industries' },
    funds: { ko: '펀드', en: 'Funds' },
    supportEnvironment: { ko: '지원 환경', en: 'Support environment' },
    type: { ko: '유형', en: 'Type' },
    tier: { ko: '수준', en: 'Tier' },
    scientists: { ko: '스타 과학자 유치', en: 'Star scientists' },
    star: { ko: '스타 기업', en: 'Star firm' },
    stage: { ko: '성장 단계', en: 'Stage' },
    kind: { ko: '종류', en: 'Kind' },
    source: { ko: '재원', en: 'Source' },
    amount: { ko: '규모', en: 'Amount' },
    selection: { ko: '선정', en: 'Selection' },
    audit: { ko: '감사', en: 'Audit' },
    review: { ko: '단계별 평가', en: 'Review' },
    purpose: { ko: '용도', en: 'Purpose' },
    services: { ko: '전문 지원서비스', en: 'Professional services' },
    environment: { ko: '생활환경', en: 'Living environment' },
    incentives: { ko: '기업환경', en: 'Business incentives' },
    ip: { ko: '지식재산 보호', en: 'Intellectual property' },
    // chapter 5
    networkMap: { ko: '네트워크 지도', en: 'Network map' },
    networks: { ko: '네트워크', en: 'Networks' },
    links: { ko: '외부 클러스터 연계', en: 'Links to other clusters' },
    members: { ko: '구성원', en: 'Members' },
    host: { ko: '주관', en: 'Host' },
    meets: { ko: '모임 주기', en: 'Meets' },
    offers: { ko: '제공 서비스', en: 'Offers' },
    bridges: { ko: '다른 네트워크와의 가교', en: 'Bridges' },
    bridgeVia: { ko: '{network} (매개: {via})', en: '{network} (via {via})' },
    scope: { ko: '범위', en: 'Scope' },
    channel: { ko: '연계 방식', en: 'Channel' },
    partner: { ko: '담당 주체', en: 'Partner' },
    noNetworks: { ko: '네트워크가 계획에 없습니다.', en: 'The plan has no networks.' },
    mapLegendHost: { ko: '굵은 테두리: 주관', en: 'Bold outline: host' },
    mapLegendBridge: { ko: '점선: 네트워크 간 가교', en: 'Dashed: bridge between networks' },
    mapLegendOverseas: { ko: '해외 연계', en: 'Overseas link' },
    mapLegendDomestic: { ko: '국내 연계', en: 'Domestic link' },
    otherActors: { ko: '네트워크 밖의 주체', en: 'Actors outside the networks' },
    // chapter 6
    tasks: { ko: '과제 목록', en: 'Tasks' },
    timeline: { ko: '추진 일정', en: 'Timeline' },
    taskId: { ko: 'ID', en: 'ID' },
    task: { ko: '과제', en: 'Task' },
    term: { ko: '구분', en: 'Term' },
    owner: { ko: '담당', en: 'Owner' },
    period: { ko: '기간', en: 'Period' },
    periodValue: { ko: '{start}–{end}', en: '{start}–{end}' },
    goals: { ko: '목표', en: 'Goals' },
    after: { ko: '선행 과제', en: 'After' },
    noTasks: { ko: '과제가 계획에 없습니다.', en: 'The plan has no tasks.' },
    noPeriod: { ko: '기간 미정', en: 'no period' },
    badPeriod: { ko: '기간 오류', en: 'invalid period' },
    termUnset: { ko: '구분 없음', en: 'no term' },
    horizonEnd: { ko: '계획 기간 끝', en: 'end of plan period' },
    ganttLegendArrow: { ko: '화살표: 선행 과제', en: 'Arrow: must start after' },
    // chapter 7
    byOwner: { ko: '담당 주체별 과제 예산', en: 'Task budgets by owner' },
    byTerm: { ko: '단기·장기별 과제 예산', en: 'Task budgets by term' },
    otherMoney: { ko: '전담기구 예산과 펀드', en: 'Agency budgets and funds' },
    total: { ko: '합계', en: 'Total' },
    taskCount: { ko: '과제 수', en: 'Tasks' },
    unbudgeted: { ko: '예산 미정 과제', en: 'Tasks without a budget' },
    unknownOwner: { ko: '담당 미정', en: 'No owner' },
    eokNote: { ko: '금액 단위: 억원.', en: 'Amounts in 억원 (100 million won).' },
    usdNote: { ko: 'USD는 1달러 = {rate}원으로 환산했습니다.', en: 'USD converted at {rate} won per dollar.' },
    // chapter 8
    scoreByCategory: { ko: '분류별 점수', en: 'Score by category' },
    category: { ko: '분류', en: 'Category' },
    score: { ko: '점수', en: 'Score' },
    rule: { ko: '규칙', en: 'Rule' },
    principle: { ko: '원칙', en: 'Principle' },
    result: { ko: '결과', en: 'Result' },
    detail: { ko: '내용', en: 'Detail' },
    statusPassed: { ko: '충족', en: 'Passed' },
    statusFailed: { ko: '미충족', en: 'Failed' },
    statusNotApplicable: { ko: '해당 없음', en: 'Not applicable' },
    statusWaived: { ko: '예외 인정', en: 'Waived' },
    statusOff: { ko: '점검 끔', en: 'Turned off' },
    waivedBecause: { ko: '사유: {reason}', en: 'Reason: {reason}' },
    scoreValue: { ko: '{met}/{assessed} ({percent}%)', en: '{met}/{assessed} ({percent}%)' },
    scoreNothing: { ko: '점검 대상 없음', en: 'nothing to assess' },
    scoreRule: { ko: '점수 = (충족 + 예외 인정) ÷ 점검 대상 규칙. 해당 없음과 점검 끔은 제외합니다.', en: 'Score = (passed + waived) ÷ rules assessed; not applicable and turned-off rules are left out.' }
} satisfies Record<string, Localized>;

export type DocumentLabel = keyof typeof DOCUMENT_LABELS;

/** Values of the language's enumerations that the shared vocabulary does not word for a document. */
const VALUE_LABELS: Readonly<Record<string, Localized>> = {
    // value-chain segments (the shared vocabulary words `research` as a goal)
    'segment:research': { ko: '연구', en: 'Research' },
    'segment:discovery': { ko: '후보물질 발굴', en: 'Discovery' },
    'segment:preclinical': { ko: '전임상', en: 'Preclinical' },
    'segment:clinical': { ko: '임상', en: 'Clinical' },
    'segment:manufacturing': { ko: '생산', en: 'Manufacturing' },
    'segment:marketing': { ko: '마케팅', en: 'Marketing' },
    university: { ko: '대학', en: 'university' },
    institute: { ko: '연구소', en: 'institute' },
    hospital: { ko: '병원', en: 'hospital' },
    national: { ko: '국가 수준', en: 'national' },
    regional: { ko: '지역 수준', en: 'regional' },
    'tier:global': { ko: '세계적 수준', en: 'world-class' },
    local: { ko: '지역', en: 'local' },
    external: { ko: '외부 영입', en: 'external' },
    central: { ko: '중앙정부', en: 'central' },
    'level:local': { ko: '지자체', en: 'local' },
    startup: { ko: '창업 초기', en: 'start-up' },
    growth: { ko: '성장', en: 'growth' },
    established: { ko: '성숙', en: 'established' },
    pharma: { ko: '제약', en: 'pharma' },
    cro: { ko: '임상시험수탁(CRO)', en: 'CRO' },
    cmo: { ko: '위탁생산(CMO)', en: 'CMO' },
    other: { ko: '기타', en: 'other' },
    'source:private': { ko: '민간', en: 'private' },
    'source:public': { ko: '공공', en: 'public' },
    'source:joint': { ko: '민관 공동', en: 'joint' },
    competitive: { ko: '경쟁 선정', en: 'competitive' },
    discretionary: { ko: '재량 배분', en: 'discretionary' },
    continuous: { ko: '상시 감사', en: 'continuous' },
    annual: { ko: '연 1회', en: 'annual' },
    'audit:none': { ko: '없음', en: 'none' },
    staged: { ko: '단계별 평가', en: 'staged' },
    'review:none': { ko: '없음', en: 'none' },
    'purpose:research': { ko: '연구', en: 'research' },
    'purpose:infrastructure': { ko: '인프라', en: 'infrastructure' },
    investment: { ko: '투자', en: 'investment' },
    subsidy: { ko: '보조금', en: 'subsidy' },
    monthly: { ko: '매월', en: 'monthly' },
    quarterly: { ko: '분기별', en: 'quarterly' },
    annually: { ko: '매년', en: 'annually' },
    'offer:market': { ko: '시장 정보', en: 'market information' },
    'offer:foresight': { ko: '기술 예측', en: 'foresight' },
    'offer:overseas': { ko: '해외 진출', en: 'overseas' },
    'offer:matching': { ko: '매칭', en: 'matching' },
    overseas: { ko: '해외', en: 'overseas' },
    domestic: { ko: '국내', en: 'domestic' }
};

export function label(key: DocumentLabel, locale: Locale, args: Readonly<Record<string, string | number>> = {}): string {
    const template: string = DOCUMENT_LABELS[key][locale];
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

/**
 * The document's word for a keyword value; `context` picks the meaning where one keyword
 * means different things in different clauses (`none` as audit or review, `global` as tier).
 */
export function valueLabel(keyword: string | undefined, locale: Locale, context?: string): string {
    if (keyword === undefined) {
        return label('notGiven', locale);
    }
    const entry = (context ? VALUE_LABELS[`${context}:${keyword}`] : undefined) ?? VALUE_LABELS[keyword] ?? KEYWORD_LABELS[keyword];
    return entry?.[locale] ?? keyword;
}
