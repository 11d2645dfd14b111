import { GrammarUtils, type AstNode } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { fillTemplate } from '../analysis/locale.js';
import { formatEok, formatNumber, KRW_PER_USD, toEok } from '../analysis/money.js';
import type { ClusterPlanServices } from './cluster-plan-lsp-module.js';
import { isHorizonClause, isMoney, isPeriodClause, type HorizonClause, type Money, type PeriodClause } from '../grammar/generated/ast.js';
import type { PlanSettings } from '../language/settings.js';
import { INLAY_TEXTS } from './editor-texts.js';

/**
 * Numbers a planner would otherwise work out by hand: how many years a `period` (and the
 * plan's `horizon`) spans, both years included as the rules count them, and any amount not
 * written in 억원 converted to 억원, the unit plans are compared in.
 */
export class PlanInlayHintProvider extends AbstractInlayHintProvider {
    private readonly settings: PlanSettings;

    constructor(services: ClusterPlanServices) {
        super();
        this.settings = services.plan.Settings;
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        if (isPeriodClause(node) || isHorizonClause(node)) {
            this.yearsHint(node, acceptor);
        } else if (isMoney(node) && node.unit !== '억원') {
            this.eokHint(node, acceptor);
        }
    }

    private yearsHint(clause: PeriodClause | HorizonClause, acceptor: InlayHintAcceptor): void {
        const end = GrammarUtils.findNodeForProperty(clause.$cstNode, 'end');
        if (!end || clause.start === undefined || clause.end === undefined || clause.end < clause.start) {
            return;
        }
        const locale = this.settings.locale;
        const count = clause.end - clause.start + 1;
        acceptor({
            position: end.range.end,
            label: count === 1 ? INLAY_TEXTS.oneYear[locale] : fillTemplate(INLAY_TEXTS.years[locale], { count: String(count) }),
            paddingLeft: true,
            tooltip: fillTemplate(INLAY_TEXTS.yearsTooltip[locale], { start: String(clause.start), end: String(clause.end) })
        });
    }

    private eokHint(money: Money, acceptor: InlayHintAcceptor): void {
        const range = money.$cstNode?.range;
        if (!range || money.amount === undefined || !money.unit) {
            return;
        }
        const locale = this.settings.locale;
        acceptor({
            position: range.end,
            label: fillTemplate(INLAY_TEXTS.eok[locale], { eok: formatEok(toEok(money)) }),
            paddingLeft: true,
            tooltip: money.unit === 'USD'
                ? fillTemplate(INLAY_TEXTS.usdTooltip[locale], { rate: formatNumber(KRW_PER_USD) })
                : INLAY_TEXTS.eokTooltip[locale]
        });
    }
}
