import type { Localized } from './locale.js';
import type { CategoryId, RuleDefinition } from './rule.js';
import { closestMatch } from './edit-distance.js';
import { RULE_MODULES } from './rules/index.js';

/**
 * The rule catalogue: the rule modules under `rules/`, in the report's order, and the
 * categories they are grouped in. The validator, hover, `cplan rules`, the settings schema,
 * the rule pages and the document's compliance table all read it.
 */

export type { CategoryId, Severity, SourcePassage } from './rule.js';

export interface Category {
    readonly id: CategoryId;
    readonly title: Localized;
    /** The report heading the category follows. */
    readonly heading: string;
}

export const CATEGORIES: readonly Category[] = [
    { id: 'roadmap', title: { ko: '발전 로드맵', en: 'Roadmap' }, heading: '□ 지역 바이오클러스터 발전로드맵' },
    { id: 'governance', title: { ko: '추진체계와 역할분담', en: 'Governance' }, heading: '▶ 역할분담과 협력 / ▶ 민관협력체제' },
    { id: 'innovation', title: { ko: '혁신 기반과 선택적 지원', en: 'Innovation base and selective support' }, heading: '▶ 지역혁신 기반 조성 / □ 세가지 핵심과제' },
    { id: 'cluster-policy', title: { ko: '클러스터 중심 정책', en: 'Cluster-centred policy' }, heading: '▶ 클러스터 중심 정책 / ▶ 연관산업 육성' },
    { id: 'networks', title: { ko: '네트워크', en: 'Networks' }, heading: '▶ 전문 네트워크 형성 / □ 세가지 핵심과제 1' },
    { id: 'hygiene', title: { ko: '계획 작성 점검', en: 'Plan hygiene' }, heading: '' },
    { id: 'portfolio', title: { ko: '지역 간 선택과 집중', en: 'Selection and concentration across regions' }, heading: '□ 한국적 바이오클러스터의 전략 ▶ 육성지역·육성분야·육성기업의 선택과 집중' }
];

/** The categories a plan is scored by on its own: every one but the portfolio rules, which compare plans. */
export const PLAN_CATEGORIES: readonly Category[] = CATEGORIES.filter(category => category.id !== 'portfolio');

/** Every code a finding can have: the id of a catalogue rule. */
export type RuleId = typeof RULE_MODULES[number]['id'];

export type RuleEntry = RuleDefinition<RuleId>;

export const RULES: readonly RuleEntry[] = RULE_MODULES;

const RULES_BY_ID: ReadonlyMap<string, RuleEntry> = new Map(RULES.map(rule => [rule.id, rule]));

export function isRuleId(id: string): id is RuleId {
    return RULES_BY_ID.has(id);
}

export function findRule(id: string): RuleEntry | undefined {
    return RULES_BY_ID.get(id);
}

export function getRule(id: RuleId): RuleEntry {
    return RULES_BY_ID.get(id)!;
}

/** Whether `waive "<id>"` may silence the rule; structural and waiver codes cannot be waived. */
export const isWaivable = (rule: RuleEntry): boolean => rule.kind === 'principle' || rule.kind === 'portfolio';

/** Rules that compare the plans of a portfolio; they do not run on a plan checked alone. */
export const isPortfolioRule = (rule: RuleEntry): rule is Extract<RuleEntry, { kind: 'portfolio' }> => rule.kind === 'portfolio';

/** The portfolio rules, in catalogue order. */
export const PORTFOLIO_RULES = RULES.filter(isPortfolioRule);

/** The rules that judge one plan, in catalogue order: every rule but the portfolio rules. */
export const PLAN_RULES = RULES.filter((rule): rule is Exclude<RuleEntry, { kind: 'portfolio' }> => !isPortfolioRule(rule));

/** Structural codes are reported even on a plan with syntax errors. */
export const isStructural = (rule: RuleEntry): boolean => rule.kind === 'structural';

/** The id among `rules` nearest to a mistyped one (edit distance ≤ 3), to suggest in a message. */
export function closestRuleId(typed: string, rules: readonly RuleEntry[] = RULES): RuleId | undefined {
    return closestMatch(typed, rules.map(rule => rule.id), 3) as RuleId | undefined;
}

/** The waivable rule id nearest to a mistyped one, to suggest in the message. */
export function closestWaivableRule(typed: string): RuleId | undefined {
    return closestRuleId(typed, RULES.filter(isWaivable));
}
