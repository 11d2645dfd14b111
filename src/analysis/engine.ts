import type { Plan, Waiver } from '../grammar/generated/ast.js';
import { closestWaivableRule, findRule, isPortfolioRule, isStructural, isWaivable, RULES, type RuleEntry, type RuleId } from './catalogue.js';
import { buildPlanFacts, type PlanFacts } from './facts.js';
import type { Finding, Violation } from './findings.js';
import type { RuleSeverities } from './rule-settings.js';
import { blankOrPlaceholder } from './texts.js';
import type { Severity } from './rule.js';

/** A user's setting for one rule: a severity, or `off`. */
export type SeverityOverride = Severity | 'off';

export type RuleStatus = 'passed' | 'failed' | 'not-applicable' | 'waived' | 'off';

export interface WaivedRule {
    readonly ruleId: RuleId;
    readonly reason: string;
    readonly waiver: Waiver;
}

export interface AnalysisOptions {
    /** Rule id → severity or `off`, from the editor settings or `cplan.config.json`. */
    readonly severities?: RuleSeverities;
    /**
     * What the parser and the linker found (`syntax`, `reference`). On a plan with syntax
     * errors only the structural rules run: on a half-parsed plan the others would report as
     * missing what is only unparsed.
     */
    readonly structuralFindings?: (facts: PlanFacts) => readonly Finding[];
    /** Told once per failing check; the other rules still report. */
    readonly onCheckFailure?: (ruleId: RuleId, error: unknown) => void;
}

export interface PlanAnalysis {
    readonly facts: PlanFacts;
    /** What is reported, in rule order: waived rules and rules set to `off` are left out. */
    readonly findings: readonly Finding[];
    readonly waived: readonly WaivedRule[];
    /**
     * Waivers of portfolio rules that have a reason. A plan alone cannot tell whether they are
     * needed: the portfolio check uses them and reports those that silence nothing.
     */
    readonly portfolioWaivers: readonly WaivedRule[];
    /** The outcome of every catalogue rule, for the compliance table and the score; portfolio rules are `not-applicable` here. */
    readonly statuses: ReadonlyMap<RuleId, RuleStatus>;
    readonly hasSyntaxErrors: boolean;
}

/** Runs every rule on one plan: facts once, then each check in isolation, then the waivers. */
export function analysePlan(plan: Plan, options: AnalysisOptions = {}): PlanAnalysis {
    const facts = buildPlanFacts(plan);
    const structural = options.structuralFindings?.(facts) ?? [];
    const hasSyntaxErrors = structural.some(finding => finding.ruleId === 'syntax');
    const raw: Finding[] = [...structural];
    const applicable = new Set<RuleId>(['syntax', 'reference']);

    for (const rule of RULES) {
        if (rule.kind === 'waiver' || rule.kind === 'portfolio' || !rule.check || (hasSyntaxErrors && !isStructural(rule))) {
            continue;
        }
        try {
            if (rule.applies?.(facts) ?? true) {
                applicable.add(rule.id);
            }
            for (const violation of rule.check(facts)) {
                raw.push(toFinding(rule, violation));
            }
        } catch (error) {
            options.onCheckFailure?.(rule.id, error);
        }
    }

    const { waived, portfolioWaivers, waiverFindings } = hasSyntaxErrors
        ? { waived: [], portfolioWaivers: [], waiverFindings: [] }
        : applyWaivers(facts.waivers, new Set(raw.map(finding => finding.ruleId)));
    if (facts.waivers.length > 0) {
        RULES.filter(rule => rule.kind === 'waiver').forEach(rule => applicable.add(rule.id));
    }
    const waivedIds = new Set(waived.map(entry => entry.ruleId));
    const severities = options.severities ?? {};

    const findings: Finding[] = [];
    for (const finding of [...raw, ...waiverFindings]) {
        const override = severities[finding.ruleId];
        if (waivedIds.has(finding.ruleId) || override === 'off') {
            continue;
        }
        findings.push(override ? { ...finding, severity: override } : finding);
    }

    const fired = new Set([...raw, ...waiverFindings].map(finding => finding.ruleId));
    const statuses = new Map<RuleId, RuleStatus>();
    for (const rule of RULES) {
        statuses.set(rule.id, ruleStatus({
            off: severities[rule.id] === 'off',
            waived: waivedIds.has(rule.id),
            failed: fired.has(rule.id),
            applicable: applicable.has(rule.id)
        }));
    }
    return { facts, findings, waived, portfolioWaivers, statuses, hasSyntaxErrors };
}

function ruleStatus(state: { off: boolean; waived: boolean; failed: boolean; applicable: boolean }): RuleStatus {
    if (state.off) {
        return 'off';
    }
    if (state.waived) {
        return 'waived';
    }
    if (state.failed) {
        return 'failed';
    }
    return state.applicable ? 'passed' : 'not-applicable';
}

export function toFinding(rule: RuleEntry, violation: Violation): Finding {
    const { message, args, severity, related, ...target } = violation;
    return {
        ruleId: rule.id,
        severity: severity ?? rule.severity,
        target,
        message: message ?? 'main',
        args: args ?? {},
        related: related ?? []
    };
}

/**
 * Checks each waiver and decides what it silences: a waiver needs a waivable rule id and a
 * reason that is not blank; one for a rule that did not fire is reported as unused. A waiver
 * of a portfolio rule is kept for the portfolio check, which alone can tell if it is needed.
 */
function applyWaivers(waivers: readonly Waiver[], firedRules: ReadonlySet<RuleId>) {
    const waived: WaivedRule[] = [];
    const portfolioWaivers: WaivedRule[] = [];
    const waiverFindings: Finding[] = [];
    const report = (ruleId: RuleId, violation: Violation) => waiverFindings.push(toFinding(findRule(ruleId)!, violation));
    for (const waiver of waivers) {
        const ruleId = waiver.rule ?? '';
        const rule = findRule(ruleId);
        if (!rule) {
            const suggestion = closestWaivableRule(ruleId);
            report('waiver-unknown-rule', {
                node: waiver, property: 'rule',
                args: suggestion ? { rule: ruleId, suggestion } : { rule: ruleId },
                message: suggestion ? 'didYouMean' : undefined
            });
            continue;
        }
        if (!isWaivable(rule)) {
            report('waiver-unknown-rule', { node: waiver, property: 'rule', args: { rule: ruleId }, message: 'notWaivable' });
            continue;
        }
        // A blank reason and an unneeded waiver are separate faults: each is reported.
        const reason = waiver.reason ?? '';
        const hasReason = !blankOrPlaceholder(reason);
        if (!hasReason) {
            report('waiver-reason', { node: waiver, property: 'reason', args: { rule: rule.id } });
        }
        if (isPortfolioRule(rule)) {
            if (hasReason) {
                portfolioWaivers.push({ ruleId: rule.id, reason: reason.trim(), waiver });
            }
        } else if (!firedRules.has(rule.id)) {
            report('waiver-unused', { node: waiver, property: 'rule', args: { rule: rule.id } });
        } else if (hasReason) {
            waived.push({ ruleId: rule.id, reason: reason.trim(), waiver });
        }
    }
    return { waived, portfolioWaivers, waiverFindings };
}
