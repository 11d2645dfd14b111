/**
 * For every catalogue rule, a plan body that breaks it and one that keeps it. The rule pages
 * under docs/rules show them, and a test checks that each really fires or stays silent.
 */
export interface RuleExample {
    /** Lines inside `plan Example "예시" { … }` that make the rule fire. */
    readonly failing: string;
    /** The same idea, written so that the rule stays silent. */
    readonly passing: string;
}

const AGENCY = 'agency BioAgency "바이오진흥원"';
const PUBLIC_FUND = 'fund Growth "바이오 육성펀드"';

export const RULE_EXAMPLES: Readonly<Record<string, RuleExample>> = {
    'assessment-required': {
        failing: 'region "부산광역시"',
        passing: 'assessment {\n    summary "해양바이오 기업 40개, 연구기관 6곳"\n}'
    },
    'consensus-required': {
        failing: 'assessment {\n    strength "해양 연구기관 집적"\n}',
        passing: 'assessment {\n    strength "해양 연구기관 집적"\n    consensus "시의회 여야와 대학·기업이 12년 계획에 합의"\n}'
    },
    'horizon-ten-years': { failing: 'horizon 2026 to 2030', passing: 'horizon 2026 to 2035' },
    'vision-required': { failing: 'region "부산광역시"', passing: 'vision "해양바이오 허브" { }' },
    'vision-choices': {
        failing: 'vision "해양바이오 허브" {\n    strategy greenfield\n    scope hightech\n}',
        passing: 'vision "해양바이오 허브" {\n    strategy greenfield\n    scope hightech\n    structure integrated\n}'
    },
    'value-chain-position': {
        failing: 'vision "해양바이오 허브" { }',
        passing: 'vision "해양바이오 허브" {\n    position research, preclinical\n}'
    },
    'outsourcing-plan': {
        failing: 'vision "해양바이오 허브" {\n    structure distributed\n}',
        passing: 'link Boston "보스턴 클러스터" { scope overseas }\nvision "해양바이오 허브" {\n    structure distributed\n    outsource manufacturing to Boston\n}'
    },
    'short-and-long-term': {
        failing: 'task T1 "인력 양성" { term short }',
        passing: 'task T1 "인력 양성" { term short }\ntask T2 "연구기반 구축" { term long }'
    },
    'short-term-agenda': {
        failing: 'task T1 "인력 양성" {\n    term short\n    goals talent, workforce\n}',
        passing: 'task T1 "인력 양성" {\n    term short\n    goals talent, infrastructure, workforce, policy, finance\n}'
    },
    'long-term-agenda': {
        failing: 'task T2 "연구기반 구축" {\n    term long\n    goals research\n}',
        passing: 'task T2 "연구기반 구축" {\n    term long\n    goals research, startups, services, network, global\n}'
    },
    'agency-required': { failing: 'region "부산광역시"', passing: `${AGENCY} { independent }` },
    'agency-independent': {
        failing: `${AGENCY} {\n    budget 50 억원\n}`,
        passing: `${AGENCY} {\n    independent\n    budget 50 억원\n}`
    },
    'agency-budget': {
        failing: `${AGENCY} {\n    independent\n}`,
        passing: `${AGENCY} {\n    independent\n    budget 50 억원\n}`
    },
    'firm-voice': {
        failing: `${AGENCY} {\n    independent\n}`,
        passing: `${AGENCY} {\n    independent\n    survey quarterly\n}`
    },
    'private-led': { failing: 'leadership government', passing: 'leadership private' },
    'champion-required': {
        failing: 'region "부산광역시"',
        passing: 'champion Kim "김해양 교수" {\n    role "네트워크 활성화"\n    origin local\n}'
    },
    'government-role': {
        failing: 'government City "부산광역시"\ntask T1 "창업 지원" {\n    owner City\n    goals startups\n}',
        passing: 'government City "부산광역시"\ntask T1 "진입도로 건설" {\n    owner City\n    goals infrastructure\n}'
    },
    'world-class-research': {
        failing: 'institution PNU "부산대학교" { tier national }',
        passing: 'institution KIOST "해양과학기술원" { tier global }'
    },
    'star-scientists': {
        failing: 'institution KIOST "해양과학기술원" { tier global }',
        passing: 'institution KIOST "해양과학기술원" {\n    tier global\n    scientists 3\n}'
    },
    'star-firms': {
        failing: 'firm Marine "(주)마린바이오" { stage startup }',
        passing: 'firm Marine "(주)마린바이오" {\n    star\n    stage startup\n}'
    },
    'private-capital': {
        failing: `${PUBLIC_FUND} { source public }`,
        passing: `${PUBLIC_FUND} { source joint }`
    },
    'competitive-selection': {
        failing: `${PUBLIC_FUND} {\n    source public\n    selection discretionary\n}`,
        passing: `${PUBLIC_FUND} {\n    source public\n    selection competitive\n}`
    },
    'fund-audit': {
        failing: `${PUBLIC_FUND} {\n    source public\n    audit annual\n}`,
        passing: `${PUBLIC_FUND} {\n    source public\n    audit continuous\n}`
    },
    'staged-review': {
        failing: `${PUBLIC_FUND} {\n    source public\n    review none\n}`,
        passing: `${PUBLIC_FUND} {\n    source public\n    review staged\n}`
    },
    'no-subsidy': {
        failing: `${PUBLIC_FUND} {\n    source private\n    purpose subsidy\n}`,
        passing: `${PUBLIC_FUND} {\n    source private\n    purpose investment\n}`
    },
    'support-services': { failing: 'services venture, finance', passing: 'services venture, patent, legal, finance, consulting' },
    'demand-industries': {
        failing: 'industry Cro "임상시험수탁기관" { kind cro }',
        passing: 'industry Hospital "부산대학교병원" { kind hospital }'
    },
    'living-environment': { failing: 'environment education', passing: 'environment education, culture, transport' },
    'business-incentives': { failing: 'incentives tax', passing: 'incentives tax, deregulation' },
    'ip-protection': { failing: 'region "부산광역시"', passing: 'ip "지식재산 보호 지원센터 운영"' },
    'problem-response': {
        failing: 'problem purchasing "지역 내 수요처 부족" {\n    response collaboration\n}',
        passing: 'problem purchasing "지역 내 수요처 부족" {\n    response procurement\n}'
    },
    'network-required': { failing: 'region "부산광역시"', passing: 'network Forum "해양바이오 포럼" { kind business }' },
    'business-network': {
        failing: 'network Club "바이오 CEO 친목회" { kind social }',
        passing: 'network Forum "해양바이오 포럼" { kind business }'
    },
    'network-services': {
        failing: 'network Forum "해양바이오 포럼" { kind business }',
        passing: 'network Forum "해양바이오 포럼" {\n    kind business\n    offers market, foresight\n}'
    },
    'small-world': {
        failing: 'firm A "에이바이오"\nfirm B "비제약"\nnetwork Research "연구회" { members A }\nnetwork Invest "투자협의회" { members B }',
        passing: 'firm A "에이바이오"\nfirm B "비제약"\nnetwork Research "연구회" {\n    members A\n    bridge Invest via A\n}\nnetwork Invest "투자협의회" { members B }'
    },
    'overseas-link': {
        failing: 'link Seoul "서울 바이오허브" { scope domestic }',
        passing: 'link Boston "보스턴 클러스터" { scope overseas }'
    },
    'task-owner': {
        failing: 'task T1 "인력 양성" { term short }',
        passing: `${AGENCY}\ntask T1 "인력 양성" {\n    term short\n    owner BioAgency\n}`
    },
    'period-order': { failing: 'horizon 2035 to 2026', passing: 'horizon 2026 to 2035' },
    'period-within-horizon': {
        failing: 'horizon 2026 to 2035\ntask T1 "인력 양성" { period 2024 to 2027 }',
        passing: 'horizon 2026 to 2035\ntask T1 "인력 양성" { period 2026 to 2028 }'
    },
    'task-cycle': {
        failing: 'task T1 "인력 양성" { after T2 }\ntask T2 "연구기반 구축" { after T1 }',
        passing: 'task T1 "인력 양성" { }\ntask T2 "연구기반 구축" { after T1 }'
    },
    'waiver-unknown-rule': {
        failing: 'waive "champion-requried" because "시장이 직접 선도한다"',
        passing: 'waive "champion-required" because "시장이 직접 선도한다"'
    },
    'waiver-reason': {
        failing: 'waive "champion-required" because " "',
        passing: 'waive "champion-required" because "시장이 직접 선도한다"'
    },
    'waiver-unused': {
        failing: 'champion Kim "김해양 교수"\nwaive "champion-required" because "시장이 직접 선도한다"',
        passing: 'waive "champion-required" because "시장이 직접 선도한다"'
    },
    'duplicate-name': {
        failing: 'firm Marine "(주)마린바이오"\nfirm Marine "(주)마린제약"',
        passing: 'firm Marine "(주)마린바이오"\nfirm MarinePharma "(주)마린제약"'
    },
    'duplicate-clause': {
        failing: 'region "부산광역시"\nregion "울산광역시"',
        passing: 'region "부산·울산 광역권"'
    },
    syntax: {
        failing: `${AGENCY} {\n    budget\n}`,
        passing: `${AGENCY} {\n    budget 50 억원\n}`
    },
    reference: {
        failing: 'task T1 "인력 양성" { owner Nobody }',
        passing: `${AGENCY}\ntask T1 "인력 양성" { owner BioAgency }`
    }
};

/** A whole plan around an example body, as the rule pages show it. */
export function examplePlan(body: string): string {
    const indented = body.split('\n').map(line => `    ${line}`.trimEnd()).join('\n');
    return `plan Example "예시" {\n${indented}\n}\n`;
}
