import type { KeywordSpelling } from '../grammar/keyword-spellings.js';
import { inPlanWords } from './korean-wording.js';
import type { Locale, Localized } from './locale.js';

/**
 * What each keyword of the language means in planning terms, in Korean and English, and the
 * rule whose report passage it comes from (the hover quotes that passage from the catalogue).
 * A keyword that means different things in different clauses has entries keyed
 * `<AST type>:<keyword>` (e.g. `GoalsClause:research`), looked up before the plain keyword.
 */
export interface KeywordDoc {
    readonly meaning: Localized;
    /** The catalogue rule that checks this part of the plan. */
    readonly rule?: string;
}

const doc = (ko: string, en: string, rule?: string): KeywordDoc => ({ meaning: { ko, en }, rule });

export const KEYWORD_DOCS: Readonly<Record<string, KeywordDoc>> = {
    // ---- the plan and its plan-level clauses ------------------------------------------------
    plan: doc('지역 바이오클러스터 발전계획 하나. 이름과 제목 뒤 { } 안에 계획의 모든 항목을 씁니다.', 'One regional bio-cluster development plan; everything in it goes between its braces.'),
    region: doc('계획 대상 지역 (예: "부산광역시").', 'The region the plan is for (e.g. "Busan").'),
    horizon: doc('계획 기간: 시작 연도 to 끝 연도 (둘 다 포함). 클러스터 육성은 최소 10년이 걸립니다.', 'The plan period, start year to end year, both inclusive; growing a cluster takes ten years at least.', 'horizon-ten-years'),
    to: doc('기간의 끝 연도를 잇는 말 (2026 to 2035).', 'Joins the start and end year of a period (2026 to 2035).'),
    'OutsourceClause:to': doc('아웃소싱할 가치사슬 단계를 맡길 연계(link).', 'The link through which the outsourced segments are sourced.', 'outsourcing-plan'),
    leadership: doc('클러스터 개발을 누가 주도하는지: private(민간), government(관), joint(민관 공동).', 'Who leads cluster development: private, government or joint.', 'private-led'),
    'LeadershipClause:private': doc('민간 주도: 기업이 개발을 이끌고 정부는 인프라 등 지원 역할을 맡습니다. 보고서의 원칙입니다.', 'Private-led: firms drive development, government supports with infrastructure, as the report advises.', 'private-led'),
    'LeadershipClause:government': doc('관 주도: 정부가 개발을 이끕니다. 보고서는 민간 주도를 원칙으로 봅니다.', 'Government-led; the report holds that development should be private-led.', 'private-led'),
    'LeadershipClause:joint': doc('민관 공동 주도. 민관의 역할 구분은 나라의 사정에 따라 달라질 수 있어 참고로만 알리지만, 보고서의 원칙은 민간 주도입니다.', 'Jointly led by government and firms; the split of roles may differ by country, so it is only noted, but the report\'s principle is private-led.', 'private-led'),
    language: doc('생성되는 계획 문서의 언어 (ko 한국어, en 영어; 기본 ko).', 'Language of the generated plan document (ko or en; ko by default).'),
    ko: doc('한국어로 계획 문서를 만듭니다.', 'Generate the plan document in Korean.'),
    en: doc('영어로 계획 문서를 만듭니다.', 'Generate the plan document in English.'),
    services: doc('계획이 육성할 전문 지원서비스 (venture, patent, legal, finance, consulting).', 'Professional support services the plan builds (venture, patent, legal, finance, consulting).', 'support-services'),
    venture: doc('벤처캐피탈(VC) 서비스.', 'Venture capital services.', 'support-services'),
    patent: doc('특허 서비스.', 'Patent services.', 'support-services'),
    legal: doc('법률 서비스.', 'Legal services.', 'support-services'),
    finance: doc('금융 서비스.', 'Financial services.', 'support-services'),
    consulting: doc('경영컨설팅 서비스.', 'Management consulting services.', 'support-services'),
    environment: doc('인재가 지역에 머물게 할 생활환경 개선 (education, culture, transport, housing, childcare, medical).', 'Living-environment measures that keep talent in the region.', 'living-environment'),
    education: doc('교육 환경 개선.', 'Better education.', 'living-environment'),
    culture: doc('문화 환경 개선.', 'Better culture.', 'living-environment'),
    transport: doc('교통·도로 개선.', 'Better transport and roads.', 'living-environment'),
    housing: doc('주거 환경 개선.', 'Better housing.', 'living-environment'),
    childcare: doc('보육 시설 확충.', 'Childcare.', 'living-environment'),
    medical: doc('의료 환경 개선.', 'Medical care.', 'living-environment'),
    incentives: doc('기업환경 개선책: tax(세제지원), deregulation(규제감면), exit(시장 진입·퇴출 시스템).', 'Business-environment measures: tax support, deregulation and a market entry and exit system.', 'business-incentives'),
    tax: doc('세제지원.', 'Tax support.', 'business-incentives'),
    deregulation: doc('규제감면.', 'Deregulation.', 'business-incentives'),
    exit: doc('시장의 진입·퇴출 시스템 정비: 새 기업이 쉽게 들어오고 경쟁력 없는 기업은 시장에서 물러나게 합니다.', 'A market entry and exit system: new firms get in easily and uncompetitive ones leave the market.', 'market-entry-exit'),
    ip: doc('지식 유출(Knowledge Spillover)에 대한 지식재산 보호장치.', 'The intellectual-property safeguard against knowledge spillover.', 'ip-protection'),
    waive: doc('이 계획에서 한 규칙을 의도적으로 따르지 않는다는 선언. because 뒤에 그 이유를 반드시 적습니다.', 'Deliberately sets one rule aside in this plan; the reason after `because` is required.', 'waiver-reason'),
    because: doc('예외(waive)의 사유.', 'The reason for a waiver.', 'waiver-reason'),

    // ---- stage 1 and 2: assessment and vision ----------------------------------------------
    assessment: doc('1단계 현황 진단: 지역 바이오산업 현실에 대한 엄밀한 상황인식.', 'Stage 1 assessment: a rigorous view of the region\'s bio-industry as it is.', 'assessment-required'),
    summary: doc('현황 요약.', 'A summary of the current situation.', 'assessment-required'),
    strength: doc('지역의 강점.', 'A strength of the region.', 'assessment-required'),
    weakness: doc('지역의 약점.', 'A weakness of the region.', 'assessment-required'),
    consensus: doc('정치적 이해관계를 넘어 지역 전체가 이룬 합의.', 'The region-wide consensus reached beyond political interests.', 'consensus-required'),
    vision: doc('2단계 발전비전: 지역의 차별화된 비전과 추진전략.', 'Stage 2 vision: the region\'s differentiated vision and strategy.', 'vision-required'),
    strategy: doc('개발 전략의 선택: greenfield(신규개발) 또는 attraction(외부영입).', 'Development strategy: greenfield (build new) or attraction (bring in from outside).', 'vision-choices'),
    greenfield: doc('신규개발 전략: 지역 안에서 새로 키웁니다.', 'Greenfield: grow new firms and institutions in the region.', 'vision-choices'),
    attraction: doc('외부영입 전략: 밖에서 기업·기관을 유치합니다.', 'Attraction: bring firms and institutions in from outside.', 'vision-choices'),
    scope: doc('육성 범위의 선택: hightech(하이테크 바이오텍) 또는 lifescience(범생명과학).', 'Scope: high-tech biotech or broad life science.', 'vision-choices'),
    hightech: doc('하이테크 바이오텍 중심 전략.', 'Focus on high-tech biotech.', 'vision-choices'),
    lifescience: doc('범생명과학산업 포괄 전략.', 'Cover the broad life-science industry.', 'vision-choices'),
    structure: doc('클러스터 구조의 선택: integrated(지역내 수직통합) 또는 distributed(분산협력).', 'Structure: vertically integrated in the region, or distributed and cooperative.', 'vision-choices'),
    integrated: doc('지역내 수직통합형: 가치사슬 대부분을 지역 안에서 갖춥니다.', 'Vertically integrated: most of the value chain within the region.', 'vision-choices'),
    distributed: doc('분산협력형: 일부 기능을 다른 지역·해외와 나눕니다. 아웃소싱 방안이 필요합니다.', 'Distributed: share functions with other regions; needs an outsourcing plan.', 'outsourcing-plan'),
    position: doc('가치사슬에서 지역이 맡을 단계 (research … marketing).', 'The value-chain segments the region takes on (research … marketing).', 'value-chain-position'),
    outsource: doc('지역이 직접 하지 않고 연계(link)를 통해 맡길 가치사슬 단계.', 'The value-chain segments sourced elsewhere, through a link.', 'outsourcing-plan'),
    research: doc('가치사슬: 기초연구.', 'Value chain: basic research.', 'value-chain-position'),
    discovery: doc('가치사슬: 신약·후보물질 발굴.', 'Value chain: discovery.', 'value-chain-position'),
    preclinical: doc('가치사슬: 전임상.', 'Value chain: preclinical studies.', 'value-chain-position'),
    clinical: doc('가치사슬: 임상.', 'Value chain: clinical trials.', 'value-chain-position'),
    manufacturing: doc('가치사슬: 생산.', 'Value chain: manufacturing.', 'value-chain-position'),
    marketing: doc('가치사슬: 마케팅·판매.', 'Value chain: marketing.', 'value-chain-position'),

    // ---- actors -------------------------------------------------------------------------------
    agency: doc('클러스터 지원 전담기구: 클러스터 육성 정책과 활동을 총괄합니다.', 'The dedicated cluster agency that oversees all cluster policy and activity.', 'agency-required'),
    independent: doc('전담기구가 기존 지자체 조직에서 독립되어 있다는 표시.', 'Marks the agency as independent of the local government\'s own organisation.', 'agency-independent'),
    budget: doc('예산 (금액과 단위, 예: 120 억원).', 'A budget: amount and unit (e.g. 120 억원).'),
    'Agency:budget': doc('전담기구의 독립 예산.', 'The agency\'s own budget.', 'agency-budget'),
    mandate: doc('전담기구가 맡는 일.', 'What the agency is charged with.', 'agency-required'),
    operator: doc('전담기구를 누가 운영하는지: private(민간운영기관) 또는 public(공공).', 'Who runs the agency: a private operating body or the public sector.', 'private-operator'),
    'OperatorClause:private': doc('민간운영기관이 전담기구를 운영합니다. 보고서는 지역 클러스터의 운영전문성을 높이려 민간운영기관을 세우라고 합니다.', 'A private operating body runs the agency, as the report advises to raise the expertise of running the cluster.', 'private-operator'),
    'OperatorClause:public': doc('공공 부문(지자체 등)이 전담기구를 운영합니다.', 'The public sector (e.g. the local government) runs the agency.', 'private-operator'),
    coordinates: doc('전담기구가 정책과 운영을 조율하는 정부들. 정책은 대개 중앙정부가 세우고 운영은 지자체나 민간이 맡으므로 두 주체의 조율이 필요합니다.', 'The governments whose policy and operation the agency coordinates: policy usually comes from the central government while the region runs it.', 'central-local-coordination'),
    survey: doc('기업의 니즈를 조사해 정책에 반영하는 주기 (monthly, quarterly, annually).', 'How often the agency surveys firms\' needs and feeds them into policy.', 'firm-voice'),
    monthly: doc('매월.', 'Monthly.'),
    quarterly: doc('분기마다.', 'Quarterly.'),
    annually: doc('매년.', 'Annually.'),
    government: doc('정부·지자체. 인프라 확충과 시스템적 문제 해결에 집중합니다.', 'A government or local authority; it builds infrastructure and fixes systemic problems.', 'government-role'),
    level: doc('정부의 단계: local(지자체) 또는 central(중앙정부).', 'Level of government: local or central.'),
    local: doc('지역(지자체·지역 출신).', 'Local (local government, or from the region).'),
    central: doc('중앙정부. 전담기구가 coordinates로 그 정책과 지역의 운영을 맞춥니다.', 'Central government; an agency coordinates its policy with the region\'s operation (`coordinates`).', 'central-local-coordination'),
    champion: doc('네트워크를 활성화할 헌신적인 선도자(챔피언): 지역의 존경을 받는 인사나 단체.', 'The champion: a committed, respected leader who activates the network early on.', 'champion-required'),
    role: doc('챔피언이 맡을 역할.', 'The champion\'s role.', 'champion-required'),
    origin: doc('출신: local(지역) 또는 external(외부).', 'Origin: local or external.'),
    external: doc('외부에서 영입.', 'Brought in from outside.'),
    institution: doc('대학·공공연구소·병원 같은 연구기관.', 'A research institution: university, public institute or hospital.', 'world-class-research'),
    type: doc('기관의 종류: university, institute, hospital.', 'Kind of institution: university, institute or hospital.'),
    university: doc('대학. 지역 대학은 장기적 비전 아래 수준을 높일 연구 과제를 맡습니다.', 'University; a local university needs a long-term plan to raise its level.', 'local-university-plan'),
    institute: doc('공공연구소.', 'Public research institute.'),
    'InstitutionTypeClause:hospital': doc('연구중심 병원.', 'Research hospital.'),
    tier: doc('기관의 수준: global(세계적), national(국가), regional(지역).', 'Level of the institution: global (world-class), national or regional.', 'world-class-research'),
    'Link:tier': doc('연계 상대 기반의 수준: global(세계적), national(국가), regional(지역).', 'Level of the base the link ties to: global (world-class), national or regional.', 'world-class-research'),
    'TierClause:global': doc('세계적 수준. 클러스터에는 세계적 수준의 대학·연구기관이 있거나 그런 연구기반과의 연계(link … { tier global })가 반드시 있어야 합니다.', 'World-class; a cluster needs a world-class university or institute, or a link to such a research base (link … { tier global }).', 'world-class-research'),
    national: doc('국가 수준.', 'National level.', 'world-class-research'),
    regional: doc('지역 수준.', 'Regional level.', 'world-class-research'),
    scientists: doc('유치할 스타급 과학자 수.', 'Number of star scientists to recruit.', 'star-scientists'),
    firm: doc('기업.', 'A firm.', 'star-firms'),
    star: doc('집중 지원해 성공 사례로 만들 스타기업 표시.', 'Marks a promising firm to back selectively as a success case.', 'star-firms'),
    stage: doc('기업의 성장 단계: startup, growth, established.', 'Growth stage: startup, growth or established.'),
    startup: doc('창업 단계.', 'Start-up.'),
    growth: doc('성장 단계.', 'Growing.'),
    established: doc('안정 단계.', 'Established.'),
    industry: doc('바이오벤처의 판로가 될 수요 연관산업.', 'A demand-side related industry that buys from bio-ventures.', 'demand-industries'),
    'IndustryKindClause:kind': doc('연관산업의 종류: hospital, pharma, cro, cmo, other.', 'Kind of industry: hospital, pharma, CRO, CMO or other.', 'demand-industries'),
    kind: doc('종류.', 'Kind.'),
    hospital: doc('대형 병원: 수요 연관산업.', 'Large hospital: a demand industry.', 'demand-industries'),
    pharma: doc('거대 제약사: 수요 연관산업.', 'Large pharma company: a demand industry.', 'demand-industries'),
    cro: doc('임상시험수탁기관(CRO).', 'Contract research organisation (CRO).'),
    cmo: doc('위탁생산기관(CMO).', 'Contract manufacturing organisation (CMO).'),
    other: doc('기타 연관산업.', 'Another related industry.'),

    // ---- funds ---------------------------------------------------------------------------------
    fund: doc('육성자금·펀드.', 'A support or investment fund.', 'private-capital'),
    source: doc('재원: private(민간), public(공공), joint(민관 공동).', 'Source of money: private, public or joint.', 'private-capital'),
    private: doc('민간 재원. 민간투자체제 정착에 필요합니다.', 'Private money; needed for a private investment system.', 'private-capital'),
    public: doc('공공 재원. 경쟁 선발, 상시 감사, 단계별 심사가 필요합니다.', 'Public money; needs competitive selection, continuous audit and staged review.', 'competitive-selection'),
    joint: doc('민관 공동 재원 (예: VC와의 공동 벤처투자).', 'Joint public–private money (e.g. joint venture funds with VCs).', 'private-capital'),
    amount: doc('펀드 규모 (금액과 단위).', 'The fund\'s size: amount and unit.'),
    selection: doc('수혜자 선발 방식: competitive(경쟁) 또는 discretionary(재량).', 'How recipients are chosen: competitive or discretionary.', 'competitive-selection'),
    competitive: doc('엄격한 경쟁을 거쳐 선발.', 'Chosen through strict competition.', 'competitive-selection'),
    discretionary: doc('재량으로 선발. 공공 재원에는 맞지 않습니다.', 'Chosen at discretion; not right for public money.', 'competitive-selection'),
    audit: doc('자금 사용 감사: continuous(상시), annual(연 1회), none(없음).', 'Audit of how the money is used: continuous, annual or none.', 'fund-audit'),
    continuous: doc('상시 모니터링.', 'Continuous monitoring.', 'fund-audit'),
    annual: doc('연 1회 감사.', 'Once a year.', 'fund-audit'),
    none: doc('없음.', 'None.'),
    review: doc('추가 지원 전 단계별 성과 심사: staged 또는 none.', 'Stage-by-stage review of results before more support: staged or none.', 'staged-review'),
    staged: doc('단계별 성과를 측정해 추가 지원을 심사.', 'Measure results stage by stage before further support.', 'staged-review'),
    purpose: doc('자금의 용도: research, infrastructure, investment, subsidy.', 'What the money is for: research, infrastructure, investment or subsidy.', 'no-subsidy'),
    'PurposeClause:research': doc('연구개발 자금. 공공 자금은 시설보다 연구개발에 더 씁니다.', 'Research funding; public money goes to research more than to facilities.', 'rnd-over-facilities'),
    'PurposeClause:infrastructure': doc('시설·인프라 구축 자금. 공공 자금에서 연구개발 자금보다 많으면 안 됩니다.', 'Funding for facilities; public money for it should not exceed public money for research.', 'rnd-over-facilities'),
    investment: doc('투자 자금.', 'Investment.'),
    subsidy: doc('보조금: 경쟁력 없는 기업의 연명수단이 될 수 있습니다.', 'Subsidy, which can keep uncompetitive firms alive.', 'no-subsidy'),

    // ---- networks and links --------------------------------------------------------------------
    network: doc('기업·기관이 모이는 정보교류 네트워크.', 'An information-sharing network of firms and institutions.', 'network-required'),
    'NetworkKindClause:kind': doc('네트워크의 성격: business(비즈니스), social(친목), official(관 주도 회의).', 'Nature of the network: business, social or official.', 'business-network'),
    business: doc('실질적 사업관계가 일어나는 비즈니스 네트워크.', 'A business network where real deals happen.', 'business-network'),
    social: doc('친목 모임. 보고서는 지양하라고 합니다.', 'A social club; the report advises against it.', 'business-network'),
    official: doc('관 주도 실적회의. 보고서는 지양하라고 합니다.', 'A government-run meeting; the report advises against it.', 'business-network'),
    members: doc('네트워크 회원 (주체들). 공통 회원은 네트워크를 서로 잇습니다.', 'Members of the network; a shared member ties networks together.', 'small-world'),
    host: doc('네트워크를 운영하는 주체.', 'The actor that runs the network.'),
    meets: doc('모임 주기.', 'How often the network meets.'),
    offers: doc('회원에게 제공하는 실질적 서비스: market, foresight, overseas, matching.', 'Practical services offered to members: market, foresight, overseas, matching.', 'network-services'),
    'OffersClause:market': doc('시장정보조사.', 'Market research.', 'network-services'),
    'OffersClause:foresight': doc('기술예측.', 'Technology foresight.', 'network-services'),
    'OffersClause:overseas': doc('해외 네트워크 기회.', 'Overseas network opportunities.', 'network-services'),
    matching: doc('사업 파트너 연결.', 'Business matching.', 'network-services'),
    bridge: doc('다른 네트워크와 잇는 연결고리 (작은세상 네트워크).', 'A tie to another network, making a small world.', 'small-world'),
    via: doc('두 네트워크를 잇는 주체.', 'The actor through whom two networks are tied.', 'small-world'),
    link: doc('다른 클러스터와의 연계.', 'A tie to another cluster.', 'overseas-link'),
    'LinkScopeClause:scope': doc('연계 범위: overseas(해외) 또는 domestic(국내).', 'Reach of the link: overseas or domestic.', 'overseas-link'),
    overseas: doc('해외 핵심클러스터와의 연계.', 'A tie to a core overseas cluster.', 'overseas-link'),
    domestic: doc('국내 연계.', 'A domestic tie.', 'overseas-link'),
    channel: doc('교류 채널.', 'The exchange channel.', 'overseas-link'),
    partner: doc('연계 상대 주체.', 'The partner actor of the link.'),

    // ---- systemic problems --------------------------------------------------------------------
    problem: doc('지역의 시스템적 문제 (Roelandt, Gilsing and Sinderen, 2000).', 'A systemic problem of the region (Roelandt, Gilsing and Sinderen, 2000).', 'problem-response'),
    response: doc('문제에 대한 정책 대응.', 'Policy responses to the problem.', 'problem-response'),
    mismatch: doc('시장니즈와 대학·공공기관 역할의 불일치.', 'Market needs do not match the roles of universities and public bodies.', 'problem-response'),
    purchasing: doc('고객의 구매력 실종.', 'Customers lack purchasing power.', 'problem-response'),
    'Problem:policy': doc('공공정책의 실패.', 'Public policy failure.', 'problem-response'),
    'Problem:market': doc('비효율적 시장기구.', 'Inefficient market institutions.', 'problem-response'),
    information: doc('불완전한 정보획득 구조.', 'Incomplete access to information.', 'problem-response'),
    linkage: doc('구성원간의 제한적 연계관계.', 'Limited ties among members.', 'problem-response'),
    collaboration: doc('산학연 연계 활성화.', 'Industry–university–institute collaboration.', 'problem-response'),
    liaison: doc('산학연 연계지원 기구.', 'A liaison office.', 'problem-response'),
    training: doc('인적자원 개발.', 'Training and human-resource development.', 'problem-response'),
    transfer: doc('기술전수.', 'Technology transfer.', 'problem-response'),
    procurement: doc('공공 구매정책.', 'Public procurement.', 'problem-response'),
    desubsidize: doc('보조사업의 철폐.', 'Ending subsidy programmes.', 'problem-response'),
    horizontal: doc('수평적 정책결정.', 'Horizontal policy-making.', 'problem-response'),
    'ResponseClause:consulting': doc('정책 컨설팅.', 'Policy consulting.', 'problem-response'),
    noninterference: doc('정부간섭 최소화.', 'Minimal government interference.', 'problem-response'),
    competition: doc('경쟁장려 정책.', 'Promoting competition.', 'problem-response'),
    'ResponseClause:foresight': doc('기술예측 실시.', 'Technology foresight.', 'problem-response'),
    intelligence: doc('전략적 시장정보 제공.', 'Strategic market intelligence.', 'problem-response'),
    dialogue: doc('건설적인 대화의 장 마련.', 'A forum for constructive dialogue.', 'problem-response'),
    cooperation: doc('협력 촉진 기구.', 'Bodies that foster cooperation.', 'problem-response'),
    reward: doc('기술이전 실적에 대한 보상체계: 대학·공공연구소 연구결과의 상업화와 기술이전을 보상합니다.', 'Rewards for technology transfer: universities and public institutes are rewarded for commercialising their results.', 'tech-transfer-reward'),

    // ---- tasks ------------------------------------------------------------------------------
    task: doc('4단계 추진과제.', 'A stage 4 task.', 'short-and-long-term'),
    term: doc('과제의 기간 구분: short(단기) 또는 long(장기). 단기와 장기 과제를 병행합니다.', 'Short-term or long-term; both kinds run in parallel.', 'short-and-long-term'),
    short: doc('단기 집중추진 과제.', 'A short-term focus task.', 'short-term-agenda'),
    long: doc('장기 전략과제.', 'A long-term strategic task.', 'long-term-agenda'),
    owner: doc('과제의 책임 주체.', 'The actor responsible for the task.', 'task-owner'),
    period: doc('과제 기간: 계획 기간(horizon) 안에 있어야 합니다.', 'The task period; it lies within the plan horizon.', 'period-within-horizon'),
    goals: doc('과제가 다루는 목표. 단기: talent, infrastructure, workforce, policy, finance / 장기: research, startups, services, network, global.', 'The goals a task pursues; short-term: talent … finance, long-term: research … global.', 'short-term-agenda'),
    after: doc('먼저 끝나야 하는 선행 과제들.', 'Tasks that must come first.', 'task-cycle'),
    talent: doc('단기 목표: 핵심인력 유치를 위한 환경조성 (교육, 문화, 생활환경).', 'Short-term goal: an environment that attracts key people.', 'short-term-agenda'),
    'GoalsClause:infrastructure': doc('단기 목표: 보육시설 등 사회 인프라.', 'Short-term goal: social infrastructure such as childcare.', 'short-term-agenda'),
    workforce: doc('단기 목표: 숙련 노동력(전문기능인력)의 공급. 고급 연구인력(researchers)과 따로 양성합니다.', 'Short-term goal: skilled labour supply, trained apart from advanced researchers (researchers).', 'short-term-agenda'),
    researchers: doc('인재 목표: 고급 연구인력 양성. 전문기능인력(workforce)과 따로 양성합니다 (양성 이원화).', 'Talent goal: advanced researchers, trained on a track apart from the skilled workforce (workforce).', 'dual-track-talent'),
    policy: doc('단기 목표: 세제완화·규제철폐 등 정책적 지원환경.', 'Short-term goal: supportive policy (tax relief, deregulation).', 'short-term-agenda'),
    'GoalsClause:finance': doc('단기 목표: VC 등 금융지원 능력.', 'Short-term goal: finance such as venture capital.', 'short-term-agenda'),
    'GoalsClause:research': doc('장기 목표: 세계적인 연구·과학기반의 설립 또는 연계.', 'Long-term goal: a world-class research base.', 'long-term-agenda'),
    startups: doc('장기 목표: 기업의 활발한 창업.', 'Long-term goal: active start-ups.', 'long-term-agenda'),
    'GoalsClause:services': doc('장기 목표: 지원서비스 및 수요연관산업의 동반육성.', 'Long-term goal: support services and demand industries grown together.', 'long-term-agenda'),
    'GoalsClause:network': doc('장기 목표: 효율적인 네트워크 형성.', 'Long-term goal: efficient networks.', 'long-term-agenda'),
    global: doc('장기 목표: 해외 핵심클러스터와의 연계.', 'Long-term goal: ties with core overseas clusters.', 'long-term-agenda'),
    infrastructure: doc('인프라.', 'Infrastructure.'),
    market: doc('시장.', 'Market.'),
    foresight: doc('기술예측.', 'Technology foresight.'),

    // ---- money ------------------------------------------------------------------------------
    KRW: doc('원.', 'Korean won.'),
    USD: doc('미국 달러.', 'US dollars.'),
    '억원': doc('억 원 (1억 원 = 100,000,000원).', '100 million won.'),
    '백만원': doc('백만 원.', 'One million won.'),
    '조원': doc('조 원 (1조 원 = 10,000억 원).', 'One trillion won.')
};

/**
 * The doc of a keyword where it stands: the entry for its clause (`GoalsClause:research`),
 * then for the block around that clause (`Agency:budget`), then the general one.
 */
export function keywordDoc(keyword: string, contexts: readonly string[]): KeywordDoc | undefined {
    for (const context of contexts) {
        const specific = KEYWORD_DOCS[`${context}:${keyword}`];
        if (specific) {
            return specific;
        }
    }
    return KEYWORD_DOCS[keyword];
}

/**
 * What a keyword means, in the reader's language; the Korean meanings name the values of a
 * clause in English beside their Korean words (`private(민간)`), which a Korean-keyword plan
 * reads in its own keywords (`민간`).
 */
export function meaningOf(doc: KeywordDoc, locale: Locale, spelling: KeywordSpelling): string {
    return inPlanWords(doc.meaning, locale, spelling);
}

/** What a keyword means where it stands (`contexts` as for `keywordDoc`), as `meaningOf` words it. */
export function keywordMeaning(keyword: string, contexts: readonly string[], locale: Locale, spelling: KeywordSpelling): string | undefined {
    const doc = keywordDoc(keyword, contexts);
    return doc && meaningOf(doc, locale, spelling);
}
