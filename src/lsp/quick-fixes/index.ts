import type { RuleId } from '../../analysis/catalogue.js';
import { fillTemplate, type Localized } from '../../analysis/locale.js';
import { clusterPolicyFixes } from './cluster-policy.js';
import type { FixContext, FixProposal, QuickFixTable } from './fix-kit.js';
import { governanceFixes } from './governance.js';
import { hygieneFixes } from './hygiene.js';
import { innovationFixes } from './innovation.js';
import { networkFixes } from './networks.js';
import { roadmapFixes } from './roadmap.js';

export type { FixContext, FixProposal, QuickFixTable } from './fix-kit.js';

/** Every rule's own quick fixes, by rule id. */
export const QUICK_FIXES: QuickFixTable = {
    ...roadmapFixes,
    ...governanceFixes,
    ...innovationFixes,
    ...clusterPolicyFixes,
    ...networkFixes,
    ...hygieneFixes
};

/**
 * Rules that may be waived but whose finding is a mistake to correct, not a choice to explain:
 * no waiver is offered for them (nor for the rules that cannot be waived at all).
 */
export const NO_WAIVER_OFFERED: ReadonlySet<RuleId> = new Set<RuleId>(['period-order', 'task-cycle']);

const WAIVE_TITLE: Localized = { ko: '이 계획에서 "{rule}" 규칙 예외 처리 (사유 적기)', en: 'Waive "{rule}" in this plan, with a reason' };
const REASON_PLACEHOLDER: Localized = { ko: '<사유>', en: '<reason>' };

/** "Waive this rule with a reason": a `waive` line at the end of the plan. */
export function waiverFix(context: Omit<FixContext, 'data' | 'node' | 'range'>, ruleId: RuleId): FixProposal {
    return {
        title: fillTemplate(WAIVE_TITLE[context.locale], { rule: ruleId }),
        apply: edits => { edits.addAtPlanEnd(context.plan, `waive "${ruleId}" because "${REASON_PLACEHOLDER[context.locale]}"`); }
    };
}
