import type { Localized } from './locale.js';

/**
 * The rule catalogue: the single source of every rule's id, category, default severity,
 * source passage and message. The validator, hover, `cplan rules`, the settings schema and
 * the generated document's compliance table all read this table.
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export type CategoryId = 'roadmap' | 'governance' | 'innovation' | 'cluster-policy' | 'networks' | 'hygiene';

export interface Category {
    readonly id: CategoryId;
    readonly title: Localized;
    /** The report heading the category follows. */
    readonly heading: string;
}

export interface SourcePassage {
    /** The report heading (□ section ▶ item) under which the passage stands. */
    readonly heading: string;
    /** The report's own words, in Korean. */
    readonly passage: string;
    /** An English gist of the passage. */
    readonly gist: string;
}

export interface RuleEntry {
    readonly id: string;
    readonly category: CategoryId;
    readonly severity: Severity;
    /** Whether `waive "<id>"` may silence it; structural and waiver codes cannot be waived. */
    readonly waivable: boolean;
    /** Structural codes are reported even on a plan with syntax errors. */
    readonly structural: boolean;
    /** The principle in words, as shown in hover and the compliance table. */
    readonly principle: Localized;
    /** When the rule fires, in plain words. */
    readonly trigger: Localized;
    readonly source?: SourcePassage;
    /** The diagnostic text; `{placeholders}` are filled from the finding's arguments. */
    readonly message: Localized;
    /** Alternative diagnostic texts for the same rule, by variant name. */
    readonly variants?: Readonly<Record<string, Localized>>;
}

export const CATEGORIES: readonly Category[] = [
    { id: 'roadmap', title: { ko: '발전 로드맵', en: 'Roadmap' }, heading: '□ 지역 바이오클러스터 발전로드맵' },
    { id: 'governance', title: { ko: '추진체계와 역할분담', en: 'Governance' }, heading: '▶ 역할분담과 협력 / ▶ 민관협력체제' },
    { id: 'innovation', title: { ko: '혁신 기반과 선택적 지원', en: 'Innovation base and selective support' }, heading: '▶ 지역혁신 기반 조성 / □ 세가지 핵심과제' },
    { id: 'cluster-policy', title: { ko: '클러스터 중심 정책', en: 'Cluster-centred policy' }, heading: '▶ 클러스터 중심 정책 / ▶ 연관산업 육성' },
    { id: 'networks', title: { ko: '네트워크', en: 'Networks' }, heading: '▶ 전문 네트워크 형성 / □ 세가지 핵심과제 1' },
    { id: 'hygiene', title: { ko: '계획 작성 점검', en: 'Plan hygiene' }, heading: '' }
];

const principleRule = (entry: Omit<RuleEntry, 'waivable' | 'structural'>): RuleEntry =>
    ({ ...entry, waivable: true, structural: false });

export const RULES: readonly RuleEntry[] = [
    // ---- Roadmap ----------------------------------------------------------------------
    principleRule({
        id: 'assessment-required', category: 'roadmap', severity: 'error',
        principle: { ko: '지역 바이오산업 현실에 대한 엄밀한 상황인식에서 출발한다.', en: 'Start from a rigorous view of the region\'s bio-industry as it is.' },
        trigger: { ko: '계획에 assessment 블록이 없을 때', en: 'the plan has no `assessment` block' },
        source: { heading: '□ 지역 바이오클러스터 발전로드맵 ▶ 1단계', passage: '1단계 : 지역의 바이오산업 현실에 대한 엄밀한 상황인식이 출발점', gist: 'Stage 1: a rigorous understanding of the region\'s actual bio-industry is the starting point.' },
        message: { ko: '현황 진단(assessment)이 없습니다. 1단계로 지역 바이오산업의 강점·약점을 엄밀하게 진단하세요.', en: 'No `assessment`: stage 1 is a rigorous assessment of the region\'s bio-industry, its strengths and weaknesses.' }
    }),
    principleRule({
        id: 'consensus-required', category: 'roadmap', severity: 'warning',
        principle: { ko: '정치적 이해관계를 초월한 지역 전체의 컨센서스를 이룬다.', en: 'Reach a region-wide consensus that rises above political interests.' },
        trigger: { ko: 'assessment 블록에 consensus 항목이 없을 때', en: 'an `assessment` exists but has no `consensus` entry' },
        source: { heading: '□ 지역 바이오클러스터 발전로드맵 ▶ 1단계', passage: '바이오산업(또는 바이오클러스터)의 육성은 최소한 10년이 걸리는 장기과제 → 정치적 이해관계를 초월해서 지역의 전체적인 컨센서스와 역량집중 필요', gist: 'Growing a bio-cluster takes ten years at least, so the region needs a consensus beyond political interests and concentrated effort.' },
        message: { ko: '현황 진단에 컨센서스(consensus) 항목이 없습니다. 여야·대학·기업이 합의한 내용을 적으세요.', en: 'The assessment records no `consensus`: state the cross-party regional agreement reached.' }
    }),
    principleRule({
        id: 'horizon-ten-years', category: 'roadmap', severity: 'warning',
        principle: { ko: '클러스터 육성은 최소 10년이 걸리는 장기과제이다.', en: 'Growing a cluster is a task of ten years at least.' },
        trigger: { ko: 'horizon이 없거나 10년 미만일 때 (끝 − 시작 + 1 < 10)', en: 'no `horizon`, or it spans fewer than 10 years (end − start + 1 < 10)' },
        source: { heading: '□ 지역 바이오클러스터 발전로드맵 ▶ 1단계', passage: '바이오산업(또는 바이오클러스터)의 육성은 최소한 10년이 걸리는 장기과제', gist: 'Developing a bio-industry (or bio-cluster) is a long-term task of at least ten years.' },
        message: { ko: '계획 기간(horizon {start} to {end})이 {years}년뿐입니다. 바이오클러스터 육성은 최소 10년이 걸리는 장기과제입니다.', en: 'The plan horizon {start} to {end} spans only {years} year(s); growing a bio-cluster takes at least ten.' },
        variants: {
            missing: { ko: '계획 기간(horizon)이 없습니다. 최소 10년의 기간을 정하세요 (예: horizon 2026 to 2035).', en: 'No `horizon`: give the plan a period of at least ten years (e.g. `horizon 2026 to 2035`).' },
            reversed: { ko: '계획 기간(horizon {start} to {end})의 끝 연도가 시작 연도보다 앞서 기간이 성립하지 않습니다. 최소 10년의 기간을 정하세요.', en: 'The plan horizon {start} to {end} ends before it starts, so the plan has no period: give it at least ten years.' }
        }
    }),
    principleRule({
        id: 'vision-required', category: 'roadmap', severity: 'error',
        principle: { ko: '지역의 차별화된 발전비전과 추진전략을 수립한다.', en: 'Set a differentiated vision and strategy for the region.' },
        trigger: { ko: '계획에 vision 블록이 없을 때', en: 'the plan has no `vision` block' },
        source: { heading: '□ 지역 바이오클러스터 발전로드맵 ▶ 2단계', passage: '2단계 : 지역의 차별화된 발전비전과 추진전략의 수립', gist: 'Stage 2: set the region\'s own differentiated vision and strategy.' },
        message: { ko: '발전비전(vision)이 없습니다. 2단계로 지역의 차별화된 비전과 추진전략을 세우세요.', en: 'No `vision`: stage 2 sets the region\'s differentiated vision and strategy.' }
    }),
    principleRule({
        id: 'vision-choices', category: 'roadmap', severity: 'error',
        principle: { ko: '신규개발 vs 외부영입, 하이테크 vs 범생명과학, 수직통합 vs 분산협력 중에서 선택한다.', en: 'Choose greenfield vs attraction, high-tech vs life science, integrated vs distributed.' },
        trigger: { ko: 'vision에 strategy, scope, structure 중 빠진 것이 있을 때 (빠진 선택마다 하나)', en: 'a `vision` lacks `strategy`, `scope` or `structure` (one diagnostic per missing choice)' },
        source: { heading: '□ 지역 바이오클러스터 발전로드맵 ▶ 2단계', passage: '신규개발전략vs 외부영입전략 / 하이테크바이오텍 중심전략 vs 범생명과학산업 포괄전략 / 지역내 수직통합형 클러스터육성 전략 vs 분산협력형 클러스터로', gist: 'Choose: build new vs attract from outside; high-tech biotech vs broad life science; vertically integrated vs distributed, cooperative cluster.' },
        message: { ko: '비전에 {choice} 선택이 없습니다: {options} 중 하나를 고르세요.', en: 'The vision makes no {choice} choice: pick one of {options}.' }
    }),
    principleRule({
        id: 'value-chain-position', category: 'roadmap', severity: 'warning',
        principle: { ko: '가치사슬에서 우리 지역이 담당할 포지셔닝을 분명히 한다.', en: 'Make clear where on the value chain the region stands.' },
        trigger: { ko: 'vision에 position이 없을 때', en: 'a `vision` has no `position`' },
        source: { heading: '□ 지역 바이오클러스터의 발전전략 ▶ 전문 네트워크 형성', passage: '한 지역내에서 모든 기능을 다 수행할 수 없으므로 우리 지역이 담당할 수 있는 가치사슬 상의 포지셔닝을 분명히 하고', gist: 'No region can do every function, so be clear about the region\'s position on the value chain.' },
        message: { ko: '비전에 가치사슬 포지셔닝(position)이 없습니다. 연구·발굴·전임상·임상·생산·마케팅 중 어디를 담당할지 밝히세요.', en: 'The vision has no `position`: say which value-chain segments (research … marketing) the region takes on.' }
    }),
    principleRule({
        id: 'outsourcing-plan', category: 'roadmap', severity: 'warning',
        principle: { ko: '분산협력형이라면 아웃소싱할 부분의 네트워크 방안을 검토한다.', en: 'A distributed cluster plans what it sources from elsewhere, and through which tie.' },
        trigger: { ko: 'structure distributed인데 outsource … to가 없을 때', en: '`structure distributed` and the vision has no `outsource … to`' },
        source: { heading: '□ 지역 바이오클러스터의 발전전략 ▶ 전문 네트워크 형성', passage: '아웃소싱할 수 있는 부분에 대한 네트워크 방안을 검토해야 함', gist: 'Work out the network through which the parts the region does not do itself are outsourced.' },
        message: { ko: '비전이 분산협력형(structure distributed)인데 아웃소싱 방안(outsource … to)이 없습니다. 다른 지역에 맡길 가치사슬 단계와 그 연계(link)를 밝히세요.', en: 'The vision chooses `structure distributed` but has no `outsource … to <link>`: say which segments are sourced from elsewhere and through which link.' }
    }),
    principleRule({
        id: 'short-and-long-term', category: 'roadmap', severity: 'error',
        principle: { ko: '단기과제와 장기과제를 병행 추진한다.', en: 'Run short-term and long-term tasks in parallel.' },
        trigger: { ko: 'term short 과제나 term long 과제가 없을 때 (하나)', en: 'the plan has no `term short` task, or no `term long` task (one diagnostic)' },
        source: { heading: '□ 지역 바이오클러스터 발전로드맵 ▶ 4단계', passage: '단기과제 및 장기과제의 병행추진이 바람직', gist: 'Short-term and long-term tasks are best pursued in parallel.' },
        message: { ko: '{missing} 과제가 없습니다. 단기과제와 장기과제를 함께 추진하세요.', en: 'No {missing} task: run short-term and long-term tasks in parallel.' }
    }),
    principleRule({
        id: 'short-term-agenda', category: 'roadmap', severity: 'warning',
        principle: { ko: '단기에는 인력 유치 환경, 사회 인프라, 숙련 인력, 정책 지원, 금융 지원에 집중한다.', en: 'In the short term, focus on talent, social infrastructure, skilled labour, policy support and finance.' },
        trigger: { ko: '단기 과제들의 goals가 talent, infrastructure, workforce, policy, finance 중 일부를 빠뜨릴 때 (하나, 단기 과제가 있을 때만)', en: 'short-term tasks together miss any goal of talent, infrastructure, workforce, policy, finance (one diagnostic; only when a short-term task exists)' },
        source: { heading: '□ 지역 바이오클러스터 발전로드맵 ▶ 4단계', passage: '단기적인 집중추진 과제 : 핵심인력 유치를 위한 환경조성(교육, 문화, 생활환경 등), 보육시설 등 사회인프라, 숙련노동력의 공급, 정책적 지원환경(세제완화, 규제철폐등), VC 등 금융지원 능력', gist: 'Short-term focus: an environment that attracts key people, social infrastructure such as childcare, skilled labour, supportive policy (tax relief, deregulation), and finance such as VC.' },
        message: { ko: '단기 과제들이 다음 목표를 다루지 않습니다: {missing}.', en: 'The short-term tasks leave out these goals: {missing}.' }
    }),
    principleRule({
        id: 'long-term-agenda', category: 'roadmap', severity: 'warning',
        principle: { ko: '장기에는 세계적 연구기반, 활발한 창업, 지원서비스·연관산업, 효율적 네트워크, 해외 연계를 추진한다.', en: 'In the long term, build a world-class research base, start-ups, services, networks and overseas ties.' },
        trigger: { ko: '장기 과제들의 goals가 research, startups, services, network, global 중 일부를 빠뜨릴 때 (하나, 장기 과제가 있을 때만)', en: 'long-term tasks together miss any goal of research, startups, services, network, global (one diagnostic; only when a long-term task exists)' },
        source: { heading: '□ 지역 바이오클러스터 발전로드맵 ▶ 4단계', passage: '장기적인 전략과제 : 세계적인 연구/과학기반의 설립(또는 연계), 기업의 활발한 창업, 지원서비스 및 수요연관산업의 동반육성, 효율적인 네트워크 형성, 해외 핵심클러스터와의 연계', gist: 'Long-term agenda: a world-class research base, active firm creation, support services and demand industries grown together, efficient networks, ties with core overseas clusters.' },
        message: { ko: '장기 과제들이 다음 목표를 다루지 않습니다: {missing}.', en: 'The long-term tasks leave out these goals: {missing}.' }
    }),

    // ---- Governance -------------------------------------------------------------------
    principleRule({
        id: 'agency-required', category: 'governance', severity: 'error',
        principle: { ko: '클러스터 지원 전담기구를 설립한다.', en: 'Set up a dedicated cluster agency.' },
        trigger: { ko: '계획에 agency가 없을 때', en: 'the plan has no `agency`' },
        source: { heading: '□ 지역 바이오클러스터의 발전전략 ▶ 민관협력체제', passage: '클러스터 지원 전담기구 설립 : … 지역의 바이오클러스터 육성과 관련된 모든 정책이나 활동을 총괄적으로 관장하는 역할을 담당하는 형태임', gist: 'Set up a dedicated agency that oversees every policy and activity for growing the regional bio-cluster.' },
        message: { ko: '클러스터 전담기구(agency)가 없습니다. 육성 정책과 활동을 총괄할 전담기구를 두세요.', en: 'No `agency`: set up a dedicated agency that oversees all cluster policy and activity.' }
    }),
    principleRule({
        id: 'agency-independent', category: 'governance', severity: 'error',
        principle: { ko: '전담기구는 기존 지자체 조직에서 독립한다.', en: 'The agency stands apart from the local government\'s own organisation.' },
        trigger: { ko: 'agency에 independent 표시가 없을 때', en: 'an `agency` is not marked `independent`' },
        source: { heading: '□ 지역 바이오클러스터의 발전전략 ▶ 민관협력체제', passage: '전담기구는 기존의 지자체조직에서 독립되어 독립적인 예산과 활동계획을 가지고 활동하는 형태여야 하며', gist: 'The agency must be independent of the existing local-government organisation, with its own budget and activity plan.' },
        message: { ko: '전담기구 {name}이(가) 지자체 조직에서 독립되어 있지 않습니다. independent를 추가하세요.', en: 'Agency {name} is not independent of the local government: add `independent`.' }
    }),
    principleRule({
        id: 'agency-budget', category: 'governance', severity: 'warning',
        principle: { ko: '전담기구는 독립적인 예산을 가진다.', en: 'The agency has a budget of its own.' },
        trigger: { ko: 'agency에 budget이 없을 때', en: 'an `agency` has no `budget`' },
        source: { heading: '□ 지역 바이오클러스터의 발전전략 ▶ 민관협력체제', passage: '독립적인 예산과 활동계획을 가지고 활동하는 형태여야 하며', gist: 'It works with its own budget and activity plan.' },
        message: { ko: '전담기구 {name}에 독립 예산(budget)이 없습니다.', en: 'Agency {name} has no `budget` of its own.' }
    }),
    principleRule({
        id: 'firm-voice', category: 'governance', severity: 'warning',
        principle: { ko: '주기적으로 기업의 니즈를 조사하여 정책에 반영한다.', en: 'Survey firms\' needs periodically and feed them into policy.' },
        trigger: { ko: '어떤 agency에도 survey 주기가 없을 때 (agency가 없어도)', en: 'no `agency` has a `survey` cadence (also when the plan has no agency)' },
        source: { heading: '□ 지역 바이오클러스터의 발전전략 ▶ 민관협력체제', passage: '기업의소리 청취 및 정책반영 : 주기적으로 기업의 니즈를 조사하여 정책에 반영하는 프로세스를 만들어야 함', gist: 'Listen to firms: build a process that surveys their needs periodically and reflects them in policy.' },
        message: { ko: '기업의 소리를 듣는 정기 조사(survey)가 없습니다. 전담기구에 조사 주기를 정하세요.', en: 'No periodic survey of firms\' needs: give an agency a `survey` cadence.' }
    }),
    {
        id: 'private-led', category: 'governance', severity: 'error', waivable: true, structural: false,
        principle: { ko: '클러스터 개발은 민간 중심으로 이루어지고 정부는 지원 역할을 맡는다.', en: 'Development is private-led; government supports.' },
        trigger: { ko: 'leadership이 없거나 government일 때 (오류), joint일 때 (경고)', en: '`leadership` is missing or `government` (error), or `joint` (warning)' },
        source: { heading: '□ 선진 바이오클러스터의 성공요인 ▶ 클러스터 구조특성의 적합성; ▶ 3단계', passage: '클러스터발전은 민간 중심으로 이루어지고, 정부는 사회인프라 등 지원역할 담당 / 민간 중심의 개발원칙을 확립하고, 지자체는 규제개혁 등 필요한 조치', gist: 'Cluster development is led by the private sector while government supports with infrastructure; establish the private-led principle, with the local government reforming regulation.' },
        message: { ko: '개발 주도(leadership)가 {value}입니다. 클러스터 개발은 민간 주도(private)가 원칙입니다.', en: 'Leadership is {value}; cluster development should be private-led (`leadership private`).' },
        variants: { missing: { ko: '개발 주도(leadership)가 정해지지 않았습니다. 민간 주도(leadership private)로 정하세요.', en: 'No `leadership`: cluster development should be private-led (`leadership private`).' } }
    },
    principleRule({
        id: 'champion-required', category: 'governance', severity: 'warning',
        principle: { ko: '개발 초기에는 헌신적인 선도자(챔피언)가 필요하다.', en: 'Early development needs a committed leader, a champion.' },
        trigger: { ko: '계획에 champion이 없을 때', en: 'the plan has no `champion`' },
        source: { heading: '▶ 역할분담과 협력; ▶ 전문 네트워크 형성', passage: '선도자의 리더쉽(특히 개발초기에는 헌신적인 지도자의 존재가 필요) / 네트워크 활성화 챔피언 위촉 및 지원', gist: 'Leadership by a pioneer (a committed leader is needed especially early on); appoint and support a champion to activate the network.' },
        message: { ko: '챔피언(champion)이 없습니다. 지역의 존경을 받는 인사나 단체를 네트워크 활성화 챔피언으로 위촉하세요.', en: 'No `champion`: appoint a respected person or body to activate the network early on.' }
    }),
    principleRule({
        id: 'government-role', category: 'governance', severity: 'warning',
        principle: { ko: '정부(지자체)는 인프라 확충과 시스템적 문제 해결에 주력한다.', en: 'Government builds infrastructure and fixes systemic problems; it does not run the business side.' },
        trigger: { ko: 'government가 맡은 과제의 goals에 startups, finance, services, network가 있을 때', en: 'a task owned by a `government` has any of the goals startups, finance, services, network' },
        source: { heading: '□ 산업클러스터 이론의 주요 쟁점', passage: '정부(지자체)는 인프라확충 및 시스템적인 문제 해결에 주력', gist: 'Government (local government) concentrates on infrastructure and on solving systemic problems.' },
        message: { ko: '과제 {task}을(를) 정부 {owner}가 맡으면서 사업 영역 목표({goals})를 다룹니다. 정부는 인프라와 제도 문제에 집중하세요.', en: 'Task {task} is owned by government {owner} but pursues business goals ({goals}); government should focus on infrastructure and systemic problems.' }
    }),

    // ---- Innovation base and selective support -----------------------------------------
    principleRule({
        id: 'world-class-research', category: 'innovation', severity: 'error',
        principle: { ko: '세계적 수준의 대학·공공연구소가 반드시 있어야 한다.', en: 'A world-class university or public institute is essential.' },
        trigger: { ko: 'tier global인 institution이 없을 때', en: 'no `institution` has `tier global`' },
        source: { heading: '□ 세가지 핵심과제 / ▶ 지역혁신 기반 조성', passage: '세계적 수준의 대학/공공연구소가 필수적으로 있어야 함 / 세계적수준의 기술개발력을 지역내에 보유해야하는 점은 필수적', gist: 'A world-class university or public research institute is a must; world-class R&D capability within the region is essential.' },
        message: { ko: '세계적 수준(tier global)의 대학·연구기관이 없습니다. 유치하거나 육성할 기관을 정하세요.', en: 'No world-class (`tier global`) university or institute: attract or grow one.' }
    }),
    principleRule({
        id: 'star-scientists', category: 'innovation', severity: 'info',
        principle: { ko: '획기적인 인센티브로 스타급 과학자를 지역에 유치한다.', en: 'Attract star scientists to the region, with strong incentives.' },
        trigger: { ko: 'scientists를 1 이상 정한 institution이 없을 때', en: 'no `institution` declares `scientists` of 1 or more' },
        source: { heading: '□ 세가지 핵심과제', passage: '획기적인 인센티브를 부여해서라도 스타급과학자를 지역내로 유치하고', gist: 'Bring star scientists into the region, even with extraordinary incentives.' },
        message: { ko: '스타급 과학자 유치 계획(scientists)이 있는 기관이 없습니다.', en: 'No institution plans to recruit star scientists (`scientists`).' }
    }),
    principleRule({
        id: 'star-firms', category: 'innovation', severity: 'warning',
        principle: { ko: '가능성 있는 스타기업을 발굴해 집중 지원하여 성공 사례를 만든다.', en: 'Find promising star firms and back them to create success cases.' },
        trigger: { ko: 'star로 표시된 firm이 없을 때', en: 'no `firm` is marked `star`' },
        source: { heading: '▶ 지역혁신 기반 조성', passage: '스타기업의 적극 발굴(집중지원) : … 초기에는 가능성있는 스타기업을 적극 발굴하여 차별적인 지원을 하여 성공케이스를 만드는 것이 중요함', gist: 'Actively find star firms: early on, back promising firms selectively to create success cases.' },
        message: { ko: '집중 지원할 스타기업(star)이 없습니다.', en: 'No `star` firm to back selectively.' }
    }),
    principleRule({
        id: 'private-capital', category: 'innovation', severity: 'warning',
        principle: { ko: 'VC와의 공동 벤처투자 등 민간투자체제를 정착시킨다.', en: 'Establish private investment, such as joint venture funds with VCs.' },
        trigger: { ko: 'source private 또는 source joint인 fund가 없을 때', en: 'no `fund` has `source private` or `source joint`' },
        source: { heading: '□ 한국적 바이오클러스터의 전략 ▶ 민간투자체제 정착', passage: 'VC와의 공동 벤처투자 재원확대 등', gist: 'Expand joint venture investment with venture capital.' },
        message: { ko: '민간 또는 민관 공동 재원(source private/joint)의 펀드가 없습니다.', en: 'No fund with `source private` or `source joint`.' }
    }),
    principleRule({
        id: 'competitive-selection', category: 'innovation', severity: 'error',
        principle: { ko: '육성자금은 엄격한 경쟁을 거쳐 수혜자를 선발한다.', en: 'Support funds pick recipients through strict competition.' },
        trigger: { ko: 'source public 또는 joint인 fund에 selection competitive가 없을 때', en: 'a `fund` with `source public` or `joint` lacks `selection competitive`' },
        source: { heading: '▶ 지역혁신 기반 조성; ▶ 육성기업의 선택과 집중', passage: '차별적 육성자금의 수혜를 받기위해서는 엄격한 경쟁체제를 통해 선발되어야 하며', gist: 'Recipients of selective support funds must be chosen through a strict competitive process.' },
        message: { ko: '펀드 {name}의 수혜자 선발이 경쟁 방식(selection competitive)이 아닙니다.', en: 'Fund {name} does not select recipients competitively (`selection competitive`).' }
    }),
    principleRule({
        id: 'fund-audit', category: 'innovation', severity: 'warning',
        principle: { ko: '육성자금이 목적대로 쓰이는지 상시 모니터링한다.', en: 'Monitor continuously that support money is used as intended.' },
        trigger: { ko: 'source public 또는 joint인 fund에 audit continuous가 없을 때', en: 'a `fund` with `source public` or `joint` lacks `audit continuous`' },
        source: { heading: '▶ 지역혁신 기반 조성', passage: '이러한 육성자금이 원래 목적에 맞게 사용되는 지에 대한 상시 모니터링 시스템을 구축할 필요가 있음', gist: 'Build a system that continuously monitors whether support funds are used for their purpose.' },
        message: { ko: '펀드 {name}에 상시 감사(audit continuous)가 없습니다.', en: 'Fund {name} has no continuous audit (`audit continuous`).' }
    }),
    principleRule({
        id: 'staged-review', category: 'innovation', severity: 'warning',
        principle: { ko: '단계별 성과를 측정해 추가 지원을 심사한다.', en: 'Measure results stage by stage before further support.' },
        trigger: { ko: 'source public 또는 joint인 fund에 review staged가 없을 때', en: 'a `fund` with `source public` or `joint` lacks `review staged`' },
        source: { heading: '▶ 육성기업의 선택과 집중; □ 세가지 핵심과제', passage: '단계별 성과측정과 추가지원 심사시스템 구축 / 주기적인 심사를 통해 단계적으로 지속지원 체계', gist: 'Measure performance stage by stage and review before further support; keep supporting step by step through periodic review.' },
        message: { ko: '펀드 {name}에 단계별 성과 심사(review staged)가 없습니다.', en: 'Fund {name} has no stage-by-stage review (`review staged`).' }
    }),
    principleRule({
        id: 'no-subsidy', category: 'innovation', severity: 'warning',
        principle: { ko: '경쟁력 없는 기업의 연명수단이 되는 보조사업을 없앤다.', en: 'Do not keep uncompetitive firms alive with subsidies.' },
        trigger: { ko: 'fund의 purpose가 subsidy일 때', en: 'a `fund` has `purpose subsidy`' },
        source: { heading: '□ 산업클러스터 이론의 주요 쟁점', passage: '경쟁력 없는 기업의 연명수단이 제공되어 자원의 분산 및 시장의 질적수준 저하 가능성이 있음 / 보조사업의 철폐', gist: 'Subsidies keep uncompetitive firms alive, scatter resources and lower market quality; abolish subsidy programmes.' },
        message: { ko: '펀드 {name}의 용도가 보조금(subsidy)입니다. 경쟁력 없는 기업의 연명수단이 될 수 있습니다.', en: 'Fund {name} is a subsidy (`purpose subsidy`), which can keep uncompetitive firms alive.' }
    }),

    // ---- Cluster-centred policy ---------------------------------------------------------
    principleRule({
        id: 'support-services', category: 'cluster-policy', severity: 'warning',
        principle: { ko: 'VC·특허·법률·경영자문 등 전문서비스를 함께 육성한다.', en: 'Grow professional services (VC, patent, legal, consulting) alongside.' },
        trigger: { ko: 'services가 없거나 venture, patent, legal, finance, consulting 중 빠진 것이 있을 때 (하나)', en: '`services` is missing, or lacks any of venture, patent, legal, finance, consulting (one diagnostic)' },
        source: { heading: '▶ 역할분담과 협력; ▶ 클러스터 중심 정책', passage: '전문서비스 역량(VC, 특허, 경영자문 등 전문서비스 공급자가 풍부하며…) / 수요연관산업 및 지원서비스 (금융, 법률, 경영컨설팅 등) 일괄육성', gist: 'Rich professional services (VC, patents, management advice); grow support services (finance, legal, consulting) together with demand industries.' },
        message: { ko: '전문 지원서비스(services)에 다음이 빠져 있습니다: {missing}.', en: 'Professional support `services` lack: {missing}.' }
    }),
    principleRule({
        id: 'demand-industries', category: 'cluster-policy', severity: 'warning',
        principle: { ko: '대형 병원·거대 제약사 같은 수요 연관산업을 함께 갖춘다.', en: 'Have demand-side industries such as large hospitals and pharma.' },
        trigger: { ko: 'kind hospital 또는 pharma인 industry가 없을 때', en: 'no `industry` of kind `hospital` or `pharma`' },
        source: { heading: '□ 선진 바이오클러스터의 성공요인 ▶ 역할분담과 협력', passage: '연관산업의 구비(대형 병원이나 거대제약사 같은 바이오벤처의 판로가 될수 있는 수요연관산업이 함께 발달)', gist: 'Related industries: demand-side industries such as large hospitals or big pharma that can buy from bio-ventures.' },
        message: { ko: '바이오벤처의 판로가 될 수요 연관산업(industry kind hospital/pharma)이 없습니다.', en: 'No demand-side `industry` (kind `hospital` or `pharma`) to buy from bio-ventures.' }
    }),
    principleRule({
        id: 'living-environment', category: 'cluster-policy', severity: 'warning',
        principle: { ko: '도로·교육·문화 등 생활환경을 개선해 인재가 머물게 한다.', en: 'Improve transport, education and culture so talent stays.' },
        trigger: { ko: 'environment가 없거나 education, culture, transport 중 빠진 것이 있을 때', en: '`environment` is missing, or lacks any of education, culture, transport' },
        source: { heading: '▶ 클러스터 구조특성의 적합성; ▶ 클러스터 중심 정책', passage: '우수한 생활환경(자연환경 및 문화환경등 생활환경이 우수하여 우수한 인력이 지역에 머무르고자 하는 동인을 제공해야 함) / 도로, 교육, 문화의 생활환경 개선', gist: 'A good living environment keeps talented people in the region; improve roads, education and culture.' },
        message: { ko: '생활환경 개선(environment)에 다음이 빠져 있습니다: {missing}.', en: 'Living-environment measures (`environment`) lack: {missing}.' }
    }),
    principleRule({
        id: 'business-incentives', category: 'cluster-policy', severity: 'warning',
        principle: { ko: '세제지원과 규제감면으로 기업환경을 개선한다.', en: 'Improve the business environment with tax support and deregulation.' },
        trigger: { ko: 'incentives가 없거나 tax, deregulation 중 빠진 것이 있을 때', en: '`incentives` is missing, or lacks tax or deregulation' },
        source: { heading: '▶ 클러스터 중심 정책', passage: '세제지원 및 규제감면 등 기업환경 개선', gist: 'Improve the business environment through tax support and regulatory relief.' },
        message: { ko: '기업환경 개선(incentives)에 다음이 빠져 있습니다: {missing}.', en: 'Business-environment measures (`incentives`) lack: {missing}.' }
    }),
    principleRule({
        id: 'ip-protection', category: 'cluster-policy', severity: 'warning',
        principle: { ko: '지식 유출(Knowledge Spillover)에 대한 제도적 보호장치를 갖춘다.', en: 'Protect knowledge spillover with intellectual-property safeguards.' },
        trigger: { ko: 'ip 항목이 없을 때', en: 'no `ip` clause' },
        source: { heading: '□ 산업클러스터 이론의 주요 쟁점', passage: 'Knowledge Spilover에 대한 제도적 보호장치 완비 — 지적재산권보호 제도가 완비되어야 기업들이 핵심기술에 대해 공유와 토론이 가능해짐', gist: 'Institutional safeguards for knowledge spillover: only with full IP protection can firms share and discuss core technology.' },
        message: { ko: '지식재산 보호장치(ip)가 없습니다.', en: 'No intellectual-property safeguard (`ip`).' }
    }),
    principleRule({
        id: 'problem-response', category: 'cluster-policy', severity: 'warning',
        principle: { ko: '시스템적인 문제마다 그에 맞는 정책으로 대응한다.', en: 'Answer each systemic problem with a fitting policy response.' },
        trigger: { ko: 'problem에 권장 대응이 하나도 없을 때', en: 'a `problem` has no response from its recommended list' },
        source: { heading: '□ 산업클러스터 이론의 주요 쟁점 (Roelandt, Gilsing and Sinderen, 2000)', passage: '시스템적인 문제 | 정책 대응 — 시장니즈와 대학/공공기관 역할 불일치: 산.학.연 연계활성화 … / 고객의 구매력 실종: 공공 구매정책 / 공공정책의 실패: 보조사업의 철폐 … / 비효율적 시장기구: 경쟁장려 정책 / 불완전한 정보획득 구조: 기술예측실시 … / 구성원간의 제한적인 연계관계: 건설적인 대화의 장 마련 …', gist: 'Each systemic problem has matching policy responses: mismatch → collaboration, liaison, training, transfer; lost purchasing power → public procurement; policy failure → desubsidise, horizontal policy, consulting, non-interference; inefficient markets → competition; incomplete information → foresight, intelligence; limited ties → dialogue, cooperation.' },
        message: { ko: '문제({kind})에 맞는 대응이 없습니다. 권장 대응: {recommended}.', en: 'The {kind} problem has no fitting response; recommended: {recommended}.' }
    }),

    // ---- Networks -----------------------------------------------------------------------
    principleRule({
        id: 'network-required', category: 'networks', severity: 'warning',
        principle: { ko: '효율적인 정보교류 네트워크가 성공의 관건이다.', en: 'An efficient information-sharing network is the key to success.' },
        trigger: { ko: '계획에 network가 없을 때', en: 'the plan has no `network`' },
        source: { heading: '□ 산업클러스터 이론의 주요 쟁점', passage: '효율적인 정보교류의 네트워크 형성여부가 성공의 관건(Saxenian, 1996)', gist: 'Whether an efficient information-exchange network forms decides success (Saxenian, 1996).' },
        message: { ko: '네트워크(network)가 없습니다. 기업인이 자발적으로 참여할 네트워크를 만드세요.', en: 'No `network`: build one that business people want to join.' }
    }),
    principleRule({
        id: 'business-network', category: 'networks', severity: 'warning',
        principle: { ko: '친목 모임이나 관 주도 실적회의가 아닌, 실질적 사업관계가 일어나는 네트워크를 만든다.', en: 'Build networks where real business happens, not social clubs or official meetings.' },
        trigger: { ko: 'network의 kind가 social 또는 official일 때', en: 'a `network` has `kind social` or `kind official`' },
        source: { heading: '□ 세가지 핵심과제', passage: '네트워크 내에서 실질적인 사업관계가 일어날 수 있어야 함 → 단순한 친목관계, 관주도의 실적달성회의 형은 지양', gist: 'Real business relationships must happen in the network; avoid mere social circles and government-run performance meetings.' },
        message: { ko: '네트워크 {name}이(가) {kind} 성격입니다. 실질적 사업관계가 일어나는 비즈니스 네트워크(kind business)로 만드세요.', en: 'Network {name} is `{kind}`; make it a business network (`kind business`) where real deals happen.' }
    }),
    principleRule({
        id: 'network-services', category: 'networks', severity: 'info',
        principle: { ko: '네트워크는 시장정보·기술예측·해외 기회 등 실질적인 서비스를 제공한다.', en: 'Networks offer practical services: market information, foresight, overseas opportunities.' },
        trigger: { ko: 'network에 offers가 없을 때', en: 'a `network` has no `offers`' },
        source: { heading: '□ 세가지 핵심과제', passage: '시장정보조사, 기술예측, 해외네트워크기회 등 기업이 필요로하는 실질적인 서비스 제공', gist: 'Provide the practical services firms need: market research, technology foresight, overseas network opportunities.' },
        message: { ko: '네트워크 {name}이(가) 회원에게 제공하는 서비스(offers)가 없습니다.', en: 'Network {name} offers its members no services (`offers`).' }
    }),
    principleRule({
        id: 'small-world', category: 'networks', severity: 'warning',
        principle: { ko: '소그룹들과 이를 잇는 소수의 연결고리로 된 작은세상 네트워크를 만든다.', en: 'Shape a small world: close groups joined by a few ties between them.' },
        trigger: { ko: '네트워크가 둘 이상인데 bridge나 공통 members로 하나로 이어지지 않을 때 (하나)', en: 'two or more networks that do not form one connected group through `bridge`s or shared `members` (one diagnostic)' },
        source: { heading: '□ 산업클러스터 이론의 주요 쟁점', passage: '효율적인 네트워크의 전형적인 형태는 \'작은세상 네트워크 구조로써 … 서로 연계관계를 갖는 소그룹별 모임과, 각 소그룹들을 연결시켜줄 수 있는 소수의 그룹간 연결고리로 이루어진 형태의 네트워크임', gist: 'The typical efficient network is a small world: tightly tied small groups plus a few links between the groups.' },
        message: { ko: '네트워크들이 서로 이어지지 않습니다 ({groups}). bridge나 공통 회원으로 그룹 사이를 연결하세요.', en: 'The networks are not connected ({groups}): tie the groups with a `bridge` or a shared member.' }
    }),
    principleRule({
        id: 'overseas-link', category: 'networks', severity: 'warning',
        principle: { ko: '해외 핵심클러스터와의 연계거점과 교류채널을 확보한다.', en: 'Secure hubs and channels to core overseas clusters.' },
        trigger: { ko: 'scope overseas인 link가 없을 때', en: 'no `link` has `scope overseas`' },
        source: { heading: '▶ 네트워크 구축; ▶ 전문 네트워크 형성', passage: '해외 핵심클러스터와의 연계거점 및 교류채널 확보', gist: 'Secure bases and exchange channels with core overseas clusters.' },
        message: { ko: '해외 핵심클러스터와의 연계(link scope overseas)가 없습니다.', en: 'No tie to an overseas cluster (`link` with `scope overseas`).' }
    }),

    // ---- Plan hygiene -------------------------------------------------------------------
    principleRule({
        id: 'task-owner', category: 'hygiene', severity: 'warning',
        principle: { ko: '모든 과제에는 책임 주체가 있다.', en: 'Every task has an owner.' },
        trigger: { ko: 'task에 owner가 없을 때', en: 'a `task` has no `owner`' },
        message: { ko: '과제 {name}에 책임 주체(owner)가 없습니다.', en: 'Task {name} has no `owner`.' }
    }),
    principleRule({
        id: 'period-order', category: 'hygiene', severity: 'error',
        principle: { ko: '기간은 시작 연도가 끝 연도보다 늦을 수 없다.', en: 'A period cannot end before it starts.' },
        trigger: { ko: 'horizon이나 period의 끝이 시작보다 앞설 때', en: 'a `horizon` or `period` ends before it starts' },
        message: { ko: '과제 {name}의 기간(period)이 {start}년에 시작해 {end}년에 끝납니다. 끝 연도가 시작 연도보다 앞섭니다.', en: 'Task {name} has a period that starts in {start} but ends in {end}, before it starts.' },
        variants: { horizon: { ko: '계획 기간(horizon)이 {start}년에 시작해 {end}년에 끝납니다. 끝 연도가 시작 연도보다 앞섭니다.', en: 'The plan horizon starts in {start} but ends in {end}, before it starts.' } }
    }),
    principleRule({
        id: 'period-within-horizon', category: 'hygiene', severity: 'warning',
        principle: { ko: '과제 기간은 계획 기간 안에 있다.', en: 'Task periods lie within the plan horizon.' },
        trigger: { ko: '과제 period가 horizon보다 먼저 시작하거나 늦게 끝날 때 (horizon이 없거나 잘못되었으면 제외)', en: 'a task\'s `period` starts before or ends after the `horizon` (silent without a valid horizon)' },
        message: { ko: '과제 {name}의 기간({start}–{end})이 계획 기간({horizonStart}–{horizonEnd})을 벗어납니다.', en: 'Task {name} runs {start}–{end}, outside the plan horizon {horizonStart}–{horizonEnd}.' }
    }),
    principleRule({
        id: 'task-cycle', category: 'hygiene', severity: 'error',
        principle: { ko: '과제의 선후관계(after)는 순환하지 않는다.', en: 'Task dependencies (`after`) do not go round in a circle.' },
        trigger: { ko: 'after 관계가 순환을 이룰 때 (순환에 속한 과제마다 하나)', en: '`after` dependencies form a cycle (one diagnostic per task on the cycle)' },
        message: { ko: '과제 {name}의 선행 관계가 순환합니다: {cycle}.', en: 'Task {name} is part of a dependency cycle: {cycle}.' },
        variants: { long: { ko: '과제 {name}의 선행 관계가 과제 {count}개에 걸쳐 순환합니다: {cycle}.', en: 'Task {name} is part of a dependency cycle of {count} tasks: {cycle}.' } }
    }),
    {
        id: 'waiver-unknown-rule', category: 'hygiene', severity: 'error', waivable: false, structural: false,
        principle: { ko: '예외(waive)는 면제할 수 있는 규칙만 지정한다.', en: 'A waiver names a rule that can be waived.' },
        trigger: { ko: 'waive가 없는 규칙이나 면제할 수 없는 코드를 가리킬 때', en: '`waive` names an unknown id, or one that cannot be waived' },
        message: { ko: '"{rule}"은(는) 면제할 수 있는 규칙이 아닙니다.', en: '"{rule}" is not a rule that can be waived.' },
        variants: { didYouMean: { ko: '"{rule}"은(는) 면제할 수 있는 규칙이 아닙니다. "{suggestion}"을(를) 뜻했나요?', en: '"{rule}" is not a rule that can be waived. Did you mean "{suggestion}"?' } }
    },
    {
        id: 'waiver-reason', category: 'hygiene', severity: 'error', waivable: false, structural: false,
        principle: { ko: '예외에는 반드시 사유를 적는다.', en: 'Every waiver gives its reason.' },
        trigger: { ko: 'waive의 사유가 비어 있을 때 (그 예외는 아무것도 면제하지 않음)', en: 'a `waive` has an empty or blank reason; it then silences nothing' },
        message: { ko: '"{rule}" 예외에 사유가 없습니다. because 뒤에 사유를 적어야 면제됩니다.', en: 'The waiver of "{rule}" gives no reason; it silences nothing until `because` has one.' }
    },
    {
        id: 'waiver-unused', category: 'hygiene', severity: 'info', waivable: false, structural: false,
        principle: { ko: '필요 없는 예외는 두지 않는다.', en: 'Do not keep waivers that are not needed.' },
        trigger: { ko: 'waive한 규칙이 이 계획에서 어차피 지적되지 않을 때', en: 'a `waive` names a rule that would not fire in this plan' },
        message: { ko: '"{rule}" 규칙은 이 계획에서 지적되지 않으므로 예외가 필요 없습니다.', en: 'Rule "{rule}" does not fire in this plan; the waiver is not needed.' }
    },
    {
        id: 'duplicate-name', category: 'hygiene', severity: 'error', waivable: false, structural: true,
        principle: { ko: '계획 안의 요소 이름은 서로 다르다.', en: 'Element names are unique within a plan.' },
        trigger: { ko: '두 요소(agency … task)가 같은 이름일 때', en: 'two named elements (`agency` … `task`) share a name' },
        message: { ko: '{element}의 이름이 {line}행의 {first}과(와) 같습니다. 요소마다 다른 이름을 쓰세요.', en: 'The {element} has the same name as the {first} on line {line}: give each element its own name.' }
    },
    {
        id: 'duplicate-clause', category: 'hygiene', severity: 'error', waivable: false, structural: true,
        principle: { ko: '반복할 수 없는 항목은 한 블록에 한 번만 쓴다.', en: 'A clause that may not repeat appears once per block.' },
        trigger: { ko: '반복할 수 없는 항목이 같은 블록에 두 번 나올 때', en: 'a clause appears twice in one block where it may not repeat' },
        message: { ko: '{block}에 {clause} 항목이 두 번 있습니다 (처음은 {line}행). 이 항목은 한 번만 쓸 수 있습니다.', en: '`{clause}` appears twice in {block} (first on line {line}); it may appear only once.' }
    },
    {
        id: 'syntax', category: 'hygiene', severity: 'error', waivable: false, structural: true,
        principle: { ko: '계획은 .cplan 문법에 맞게 쓴다.', en: 'The plan follows the .cplan grammar.' },
        trigger: { ko: '구문이나 글자를 읽을 수 없을 때', en: 'a parse or lexing error' },
        message: { ko: '구문 오류: {detail}', en: 'Syntax error: {detail}' },
        variants: {
            mismatch: { ko: '{expected}이(가) 와야 하는데 {actual}이(가) 있습니다.', en: 'Expected {expected} but found {actual}.' },
            unexpected: { ko: '{actual}은(는) 여기에 올 수 없습니다.', en: '{actual} is not expected here.' },
            trailing: { ko: '계획 블록이 끝난 뒤에 {actual}이(가) 있습니다. 한 파일에는 계획 하나만 씁니다.', en: 'Found {actual} after the end of the plan; a file holds one plan.' },
            character: { ko: '알 수 없는 문자 {actual}이(가) 있습니다.', en: 'Unknown character {actual}.' },
            unclosedString: { ko: '여기서 시작한 글("…")이 닫히지 않았습니다. 글 끝에 따옴표(")를 넣으세요.', en: 'The text ("…") that starts here is not closed: put a quote (") at its end.' },
            unclosedComment: { ko: '여기서 시작한 주석(/* … */)이 닫히지 않았습니다. 주석 끝에 */를 넣으세요.', en: 'The comment (/* … */) that starts here is not closed: put */ at its end.' },
            endOfInput: { ko: '파일이 끝났습니다. {expected}이(가) 빠졌습니다.', en: 'The file ends here; {expected} is missing.' },
            name: { ko: '이름', en: 'a name' },
            string: { ko: '따옴표로 감싼 글 ("…")', en: 'a quoted text ("…")' },
            number: { ko: '숫자', en: 'a number' },
            endOfFile: { ko: '파일 끝', en: 'the end of the file' }
        }
    },
    {
        id: 'reference', category: 'hygiene', severity: 'error', waivable: false, structural: true,
        principle: { ko: '참조하는 이름은 같은 계획 안의 알맞은 종류의 요소이다.', en: 'A referenced name is an element of the right kind in the same plan.' },
        trigger: { ko: '참조한 이름을 찾을 수 없거나 종류가 맞지 않을 때', en: 'an unresolved name, or one of the wrong kind' },
        message: { ko: '{kind} {name}을(를) 이 계획에서 찾을 수 없습니다.', en: 'There is no {kind} named {name} in this plan.' },
        variants: { wrongKind: { ko: '{name}은(는) {line}행의 {actual}입니다. 여기에는 {kind}이(가) 와야 합니다.', en: '{name} is the {actual} declared on line {line}, not the {kind} expected here.' } }
    }
];

const RULES_BY_ID = new Map(RULES.map(rule => [rule.id, rule]));

export function findRule(id: string): RuleEntry | undefined {
    return RULES_BY_ID.get(id);
}

export function getRule(id: string): RuleEntry {
    const rule = RULES_BY_ID.get(id);
    if (!rule) {
        throw new Error(`Unknown rule id '${id}'`);
    }
    return rule;
}
