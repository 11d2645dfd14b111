import type { Plan, Waiver } from '../grammar/generated/ast.js';
import { RULES, findRule, getRule, type Severity } from './catalogue.js';
import { PLAN_CHECKS } from './checks/index.js';
import { buildPlanFacts, type PlanFacts } from './facts.js';
import type { Finding, Violation } from './findings.js';

/** A user's setting for one rule: a severity, or `off`. */
export type SeverityOverride = Severity | 'off';

export type RuleStatus = 'passed' | 'failed' | 'not-applicable' | 'waived' | 'off';

export interface WaivedRule {
    readonly ruleId: string;
    readonly reason: string;
    readonly waiver: Waiver;
}

export interface AnalysisOptions {
    /** Rule id → severity or `off`, from the editor settings or `cplan.config.json`. */
    readonly severities?: Readonly<Record<string, SeverityOverride>>;
    /** On a plan with syntax errors only the structural rules run. */
    readonly hasSyntaxErrors?: boolean;
    readonly hasReferenceErrors?: boolean;
    /** Told once per failing check; the other rules still report. */
    readonly onCheckFailure?: (ruleId: string, error: unknown) => void;
}

export interface PlanAnalysis {
    readonly facts: PlanFacts;
    /** What is reported: waived rules and rules set to `off` are left out. */
    readonly findings: readonly Finding[];
    readonly waived: readonly WaivedRule[];
    /** The outcome of every catalogue rule, for the compliance table and the score. */
    readonly statuses: ReadonlyMap<string, RuleStatus>;
}

/** Runs every rule on one plan: facts once, then each check in isolation, then the waivers. */
export function analysePlan(plan: Plan, options: AnalysisOptions = {}): PlanAnalysis {
    const facts = buildPlanFacts(plan);
    const raw: Finding[] = [];
    const applicable = new Set<string>();

    for (const [ruleId, ruleCheck] of Object.entries(PLAN_CHECKS)) {
        const rule = getRule(ruleId);
        if (options.hasSyntaxErrors && !rule.structural) {
            continue;
        }
        try {
            if (ruleCheck.applies?.(facts) ?? true) {
                applicable.add(ruleId);
            }
            for (const violation of ruleCheck.check(facts)) {
                raw.push(toFinding(ruleId, violation));
            }
        } catch (error) {
            options.onCheckFailure?.(ruleId, error);
        }
    }

    const { waived, waiverFindings } = options.hasSyntaxErrors
        ? { waived: [], waiverFindings: [] }
        : applyWaivers(facts.waivers, new Set(raw.map(finding => finding.ruleId)));
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
    const statuses = new Map<string, RuleStatus>();
    for (const rule of RULES) {
        statuses.set(rule.id, ruleStatus({
            off: severities[rule.id] === 'off',
            waived: waivedIds.has(rule.id),
            failed: fired.has(rule.id)
                || (rule.id === 'syntax' && options.hasSyntaxErrors === true)
                || (rule.id === 'reference' && options.hasReferenceErrors === true),
            applicable: applicable.has(rule.id) || rule.id === 'syntax' || rule.id === 'reference'
                || (rule.id.startsWith('waiver-') && facts.waivers.length > 0)
        }));
    }
    return { facts, findings, waived, statuses };
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

function toFinding(ruleId: string, violation: Violation): Finding {
    return { ...violation, ruleId, severity: violation.severity ?? getRule(ruleId).severity };
}

/**
 * Checks each waiver and decides what it silences: a waiver needs a waivable rule id and a
 * non-blank reason; one for a rule that did not fire is reported as unused.
 */
function applyWaivers(waivers: readonly Waiver[], firedRules: ReadonlySet<string>) {
    const waived: WaivedRule[] = [];
    const waiverFindings: Finding[] = [];
    for (const waiver of waivers) {
        const ruleId = waiver.rule ?? '';
        if (!findRule(ruleId)?.waivable) {
            const suggestion = closestWaivableRule(ruleId);
            waiverFindings.push(toFinding('waiver-unknown-rule', {
                node: waiver, property: 'rule',
                args: suggestion ? { rule: ruleId, suggestion } : { rule: ruleId },
                variant: suggestion ? 'didYouMean' : undefined
            }));
            continue;
        }
        // A blank reason and an unneeded waiver are separate faults: each is reported.
        const reason = waiver.reason?.trim() ?? '';
        if (!reason) {
            waiverFindings.push(toFinding('waiver-reason', { node: waiver, property: 'reason', args: { rule: ruleId } }));
        }
        if (!firedRules.has(ruleId)) {
            waiverFindings.push(toFinding('waiver-unused', { node: waiver, property: 'rule', args: { rule: ruleId } }));
        } else if (reason) {
            waived.push({ ruleId, reason, waiver });
        }
    }
    return { waived, waiverFindings };
}

/** The waivable rule id nearest to a mistyped one (edit distance ≤ 3), to suggest in the message. */
export function closestWaivableRule(typed: string): string | undefined {
    let best: { id: string; distance: number } | undefined;
    for (const rule of RULES) {
        // Ids whose lengths differ by more than 3 are further apart than that anyway.
        if (!rule.waivable || Math.abs(typed.length - rule.id.length) > 3) {
            continue;
        }
        const distance = editDistance(typed, rule.id);
        if (distance <= 3 && (!best || distance < best.distance)) {
            best = { id: rule.id, distance };
        }
    }
    return best?.id;
}

function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
