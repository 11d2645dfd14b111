import { AstUtils, type AstNode } from 'langium';
import { getRule, PORTFOLIO_RULES, type RuleId } from './catalogue.js';
import { toFinding, type PlanAnalysis, type RuleStatus, type WaivedRule } from './engine.js';
import type { Finding } from './findings.js';
import { plannedInvestment, type PortfolioFacts, type PortfolioMember } from './portfolio-facts.js';
import type { RuleSeverities } from './rule-settings.js';
import { overallScore, scoreByCategory } from './scorecard.js';

/**
 * The portfolio check: the portfolio rules run once over the member plans' facts, taken from
 * each plan's own analysis (which it does not change), then each finding goes to the plan its
 * element belongs to, where that plan's waivers and severities apply.
 */

/** Each portfolio rule's threshold, by rule id, as `cplan.portfolio.json` sets them; others keep their default. */
export type PortfolioThresholds = Readonly<Partial<Record<RuleId, number>>>;

export interface PortfolioMemberInput {
    /** Tells the members apart (the document's URI). */
    readonly key: string;
    readonly analysis: PlanAnalysis;
    /** The rule settings of this plan (editor settings, or its `cplan.config.json`). */
    readonly severities?: RuleSeverities;
    /** How to name the plan when it has no region nor title: its file name. */
    readonly fallbackLabel: string;
}

export interface PortfolioOptions {
    readonly thresholds?: PortfolioThresholds;
    /** Told once per failing check; the other rules still report. */
    readonly onCheckFailure?: (ruleId: RuleId, error: unknown) => void;
}

export interface MemberOutcome {
    readonly key: string;
    readonly label: string;
    /** False for a plan with syntax errors: its half-parsed facts are not compared. */
    readonly compared: boolean;
    /** The portfolio findings reported on this plan, in rule order: waived ones and rules set to `off` left out. */
    readonly findings: readonly Finding[];
    /** The portfolio rules this plan waived that fired on it. */
    readonly waived: readonly WaivedRule[];
}

export interface PortfolioAnalysis {
    readonly facts: PortfolioFacts;
    /** One per member input, in the same order. */
    readonly members: readonly MemberOutcome[];
    /** Each portfolio rule's outcome over the whole portfolio. */
    readonly statuses: ReadonlyMap<RuleId, RuleStatus>;
}

export function thresholdOf(ruleId: RuleId, thresholds: PortfolioThresholds = {}): number | undefined {
    const rule = getRule(ruleId);
    return rule.kind === 'portfolio' && rule.threshold ? thresholds[ruleId] ?? rule.threshold.default : undefined;
}

export function analysePortfolio(inputs: readonly PortfolioMemberInput[], options: PortfolioOptions = {}): PortfolioAnalysis {
    const compared = inputs.filter(input => !input.analysis.hasSyntaxErrors);
    const labels = memberLabels(compared);
    const members: PortfolioMember[] = compared.map((input, index) => ({
        label: labels[index],
        facts: input.analysis.facts,
        compliance: overallScore(scoreByCategory(input.analysis.statuses)).percent,
        investment: plannedInvestment(input.analysis.facts)
    }));
    const facts: PortfolioFacts = { members };
    const inputOfPlan = new Map<AstNode, PortfolioMemberInput>(compared.map(input => [input.analysis.facts.plan, input]));

    const raw = new Map<PortfolioMemberInput, Finding[]>();
    const applicable = new Set<RuleId>();
    for (const rule of PORTFOLIO_RULES) {
        try {
            if (members.length > 0 && (rule.applies?.(facts) ?? true)) {
                applicable.add(rule.id);
            }
            for (const violation of rule.check(facts, thresholdOf(rule.id, options.thresholds) ?? 0)) {
                const input = inputOfPlan.get(AstUtils.findRootNode(violation.node));
                if (input) {
                    raw.set(input, [...raw.get(input) ?? [], toFinding(rule, violation)]);
                }
            }
        } catch (error) {
            options.onCheckFailure?.(rule.id, error);
        }
    }

    const fired = new Set<RuleId>();
    const waivedSomewhere = new Set<RuleId>();
    const offEverywhere = new Set<RuleId>(PORTFOLIO_RULES.map(rule => rule.id));
    const outcomes = inputs.map((input): MemberOutcome => {
        const index = compared.indexOf(input);
        if (index < 0) {
            return { key: input.key, label: input.fallbackLabel, compared: false, findings: [], waived: [] };
        }
        const severities = input.severities ?? {};
        PORTFOLIO_RULES.filter(rule => severities[rule.id] !== 'off').forEach(rule => offEverywhere.delete(rule.id));
        const found = raw.get(input) ?? [];
        const firedHere = new Set(found.map(finding => finding.ruleId));
        const waived: WaivedRule[] = [];
        const findings: Finding[] = [];
        for (const waiver of input.analysis.portfolioWaivers) {
            if (firedHere.has(waiver.ruleId)) {
                waived.push(waiver);
            } else if (severities['waiver-unused'] !== 'off') {
                // Only here can a waiver of a portfolio rule be told unneeded.
                const unused = toFinding(getRule('waiver-unused'), { node: waiver.waiver, property: 'rule', args: { rule: waiver.ruleId } });
                findings.push({ ...unused, severity: severities['waiver-unused'] ?? unused.severity });
            }
        }
        const waivedIds = new Set(waived.map(entry => entry.ruleId));
        for (const finding of found) {
            const override = severities[finding.ruleId];
            if (waivedIds.has(finding.ruleId)) {
                waivedSomewhere.add(finding.ruleId);
            } else if (override !== 'off') {
                fired.add(finding.ruleId);
                findings.push(override ? { ...finding, severity: override } : finding);
            }
        }
        return { key: input.key, label: labels[index], compared: true, findings, waived };
    });

    const statuses = new Map<RuleId, RuleStatus>();
    for (const rule of PORTFOLIO_RULES) {
        statuses.set(rule.id, offEverywhere.has(rule.id) && compared.length > 0 ? 'off'
            : fired.has(rule.id) ? 'failed'
                : waivedSomewhere.has(rule.id) ? 'waived'
                    : applicable.has(rule.id) ? 'passed' : 'not-applicable');
    }
    return { facts, members: outcomes, statuses };
}

/**
 * Names the plans as readers know them: by region (trimmed), else by title, else by file name.
 * Two plans for one region are told apart by their plan names.
 */
function memberLabels(inputs: readonly PortfolioMemberInput[]): string[] {
    const base = inputs.map(input => {
        const facts = input.analysis.facts;
        return facts.region?.text.trim() || facts.plan.title?.trim() || input.fallbackLabel;
    });
    return base.map((label, index) => base.indexOf(label) !== base.lastIndexOf(label)
        ? `${label} (${inputs[index].analysis.facts.plan.name ?? inputs[index].fallbackLabel})`
        : label);
}
