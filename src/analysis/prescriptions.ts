/**
 * What the report prescribes, as language keywords: the agendas, the strategic choices, the
 * value chain, the required support lists and the policy responses. Checks, quick fixes,
 * completion and the plan document all read these, so that a changed principle is one edit.
 */

/** The two task terms of the roadmap, in the order the report treats them. */
export const TERMS = ['short', 'long'] as const;

export type Term = typeof TERMS[number];

/** The goals each term must cover: short-term conditions, long-term capabilities. */
export const AGENDA_GOALS: Readonly<Record<Term, readonly string[]>> = {
    short: ['talent', 'infrastructure', 'workforce', 'policy', 'finance'],
    long: ['research', 'startups', 'services', 'network', 'global']
};

/** The term whose agenda a goal belongs to. */
export function agendaOfGoal(goal: string): Term | undefined {
    return TERMS.find(term => AGENDA_GOALS[term].includes(goal));
}

/** Goals on the business side, which a government-owned task should leave to the private sector. */
export const BUSINESS_GOALS: ReadonlySet<string> = new Set(['startups', 'services', 'network']);

/**
 * The two tracks of people the report trains apart (고급 연구인력과 전문기능인력 양성이원화):
 * advanced researchers and the skilled workforce.
 */
export const TALENT_TRACKS = ['researchers', 'workforce'] as const;

/** The three strategic choices of the vision, each a clause with its two options. */
export const VISION_CHOICES = [
    { clause: 'strategy', options: ['greenfield', 'attraction'] },
    { clause: 'scope', options: ['hightech', 'lifescience'] },
    { clause: 'structure', options: ['integrated', 'distributed'] }
] as const;

/** The bio value chain, from lab to market. */
export const VALUE_CHAIN_SEGMENTS = ['research', 'discovery', 'preclinical', 'clinical', 'manufacturing', 'marketing'] as const;

/** What each plan-level list clause must name at least. */
export const REQUIRED_LIST_VALUES = {
    services: ['venture', 'patent', 'legal', 'finance', 'consulting'],
    environment: ['education', 'culture', 'transport'],
    incentives: ['tax', 'deregulation']
} as const satisfies Record<string, readonly string[]>;

export type RequiredListClause = keyof typeof REQUIRED_LIST_VALUES;

/** What a market system needs of the business environment besides: a market entry and exit system. */
export const MARKET_SYSTEM_INCENTIVES = ['exit'] as const;

/** The clause values every fund of public money must have. */
export const PUBLIC_FUND_VALUES = {
    selection: 'competitive',
    audit: 'continuous',
    review: 'staged'
} as const;

/** Recommended responses per systemic problem (Roelandt, Gilsing and Sinderen, 2000). */
export const RECOMMENDED_RESPONSES: Readonly<Record<string, readonly string[]>> = {
    mismatch: ['collaboration', 'liaison', 'training', 'transfer', 'reward'],
    purchasing: ['procurement'],
    policy: ['desubsidize', 'horizontal', 'consulting', 'noninterference'],
    market: ['competition'],
    information: ['foresight', 'intelligence'],
    linkage: ['dialogue', 'cooperation']
};

/** The response that rewards universities and institutes for technology transfer (기술이전 실적에 대한 보상체계). */
export const TECH_TRANSFER_REWARD = 'reward';

/** The problem kind a response is recommended for (`reward` → `mismatch`). */
export function problemRecommending(response: string): string | undefined {
    return Object.keys(RECOMMENDED_RESPONSES).find(kind => RECOMMENDED_RESPONSES[kind].includes(response));
}

/** The fund purposes the report weighs against each other: technology learning before facilities. */
export const RESEARCH_PURPOSE = 'research';
export const FACILITIES_PURPOSE = 'infrastructure';

/**
 * The value the report recommends where a clause offers a choice, by the grammar rule the
 * value is written in; completion offers it first. Each is the value its rule asks for.
 */
export const RECOMMENDED_VALUES: Readonly<Record<string, string>> = {
    LeadershipClause: 'private', // private-led
    OperatorClause: 'private', // private-operator
    SourceClause: 'joint', // private-capital: private money alongside the public
    SelectionClause: PUBLIC_FUND_VALUES.selection, // competitive-selection
    AuditClause: PUBLIC_FUND_VALUES.audit, // fund-audit
    ReviewClause: PUBLIC_FUND_VALUES.review, // staged-review
    PurposeClause: RESEARCH_PURPOSE, // rnd-over-facilities, no-subsidy
    NetworkKindClause: 'business', // business-network
    IndustryKindClause: 'hospital', // demand-industries
    TierClause: 'global', // world-class-research
    LinkScopeClause: 'overseas', // overseas-link
    Cadence: 'quarterly' // firm-voice, meeting-cadence
};
