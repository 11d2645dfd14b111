import type { LangiumDocument } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Diagnostic } from 'vscode-languageserver';
import { findRule } from '../analysis/catalogue.js';
import type { Finding } from '../analysis/findings.js';
import type { PlanAnalyzer } from '../language/analyzer.js';
import type { ClusterPlanServices } from './cluster-plan-lsp-module.js';
import { DIAGNOSTIC_SOURCE } from '../language/document-validator.js';
import type { Plan } from '../grammar/generated/ast.js';
import type { PlanSettings } from '../language/settings.js';
import { PlanEdits } from './plan-edits.js';
import { QUICK_FIXES, waiverFix, type FixProposal } from './quick-fixes.js';

/**
 * Quick fixes for rule diagnostics: the rule's own fixes from the quick-fix table, then
 * "waive this rule with a reason" for every rule that may be waived.
 */
export class PlanCodeActionProvider implements CodeActionProvider {
    private readonly analyzer: PlanAnalyzer;
    private readonly settings: PlanSettings;

    constructor(services: ClusterPlanServices) {
        this.analyzer = services.plan.Analyzer;
        this.settings = services.plan.Settings;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const plan = document.parseResult.value as Plan;
        const analysis = this.analyzer.analyse(document);
        const base = { document, plan, facts: analysis.facts, locale: this.settings.locale };
        const actions: CodeAction[] = [];
        const titles = new Set<string>();
        for (const diagnostic of params.context.diagnostics) {
            const ruleId = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
            const rule = ruleId ? findRule(ruleId) : undefined;
            if (!ruleId || !rule || (diagnostic.source !== undefined && diagnostic.source !== DIAGNOSTIC_SOURCE)) {
                continue;
            }
            const finding = findingBehind(analysis.findings, ruleId, diagnostic, document);
            const fixes: FixProposal[] = finding ? QUICK_FIXES[ruleId]?.({ ...base, finding }) ?? [] : [];
            const waivable = rule.waivable && !analysis.facts.waivers.some(waiver => waiver.rule === ruleId);
            for (const proposal of waivable ? [...fixes, waiverFix(base, ruleId)] : fixes) {
                if (!titles.has(proposal.title)) {
                    titles.add(proposal.title);
                    // A single fix is the obvious one; with a choice the planner decides.
                    actions.push(toCodeAction(document, diagnostic, proposal, fixes.length === 1 && proposal === fixes[0]));
                }
            }
        }
        return actions;
    }
}

function toCodeAction(document: LangiumDocument, diagnostic: Diagnostic, proposal: FixProposal, preferred: boolean): CodeAction {
    const edits = new PlanEdits(document);
    proposal.apply(edits);
    return {
        title: proposal.title,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: preferred || undefined,
        edit: { changes: { [document.textDocument.uri]: edits.edits } }
    };
}

/** The finding a diagnostic was made from: same rule, innermost node around the diagnostic. */
function findingBehind(findings: readonly Finding[], ruleId: string, diagnostic: Diagnostic, document: LangiumDocument): Finding | undefined {
    const offset = document.textDocument.offsetAt(diagnostic.range.start);
    let best: Finding | undefined;
    for (const finding of findings) {
        const cst = finding.node.$cstNode;
        if (finding.ruleId !== ruleId || !cst || offset < cst.offset || offset > cst.end) {
            continue;
        }
        if (!best || cst.length < best.node.$cstNode!.length) {
            best = finding;
        }
    }
    return best;
}
