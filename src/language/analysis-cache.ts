import { DocumentCache, UriUtils, type LangiumDocument } from 'langium';
import type { RuleId } from '../analysis/catalogue.js';
import { analysePlan, type PlanAnalysis } from '../analysis/engine.js';
import { analysePortfolio, type PortfolioAnalysis, type PortfolioThresholds } from '../analysis/portfolio.js';
import type { RuleSeverities } from '../analysis/rule-settings.js';
import type { Plan } from '../grammar/generated/ast.js';
import type { ClusterPlanCoreServices } from './cluster-plan-module.js';
import type { PlanSettings } from './settings.js';
import { structuralFindings } from './structural-findings.js';

/**
 * The analysis of each document, made once per change of the document or of the settings
 * and shared by diagnostics, quick fixes, the code lens, the document and every other feature.
 */
export class AnalysisCache {
    private readonly settings: PlanSettings;
    private readonly services: ClusterPlanCoreServices;
    private readonly cache: DocumentCache<string, PlanAnalysis>;
    private readonly reportedFailures = new Set<RuleId>();

    constructor(services: ClusterPlanCoreServices) {
        this.services = services;
        this.settings = services.plan.Settings;
        this.cache = new DocumentCache(services.shared);
    }

    analysisOf(document: LangiumDocument): PlanAnalysis {
        return this.cache.get(document.uri, 'analysis', () => analysePlan(document.parseResult.value as Plan, {
            severities: this.settings.severities,
            structuralFindings: facts => structuralFindings(document, this.services.shared.AstReflection, facts),
            onCheckFailure: (ruleId, error) => this.reportFailure(ruleId, error)
        }));
    }

    /**
     * Runs the portfolio rules over member plans, from their cached analyses: a plan's own
     * rules are not run again. `severities` gives each member's rule settings (default: the settings').
     */
    analysePortfolio(documents: readonly LangiumDocument[], thresholds: PortfolioThresholds, severities?: (document: LangiumDocument) => RuleSeverities): PortfolioAnalysis {
        return analysePortfolio(documents.map(document => ({
            key: document.uri.toString(),
            analysis: this.analysisOf(document),
            severities: severities?.(document) ?? this.settings.severities,
            fallbackLabel: UriUtils.basename(document.uri)
        })), { thresholds, onCheckFailure: (ruleId, error) => this.reportFailure(ruleId, error) });
    }

    /** Forgets every cached analysis, after the settings changed. */
    clear(): void {
        this.cache.clear();
    }

    /** A failing check is logged once per rule, not shown to the user as a crash. */
    private reportFailure(ruleId: RuleId, error: unknown): void {
        if (!this.reportedFailures.has(ruleId)) {
            this.reportedFailures.add(ruleId);
            console.error(`cplan: the check for rule '${ruleId}' failed and was skipped: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
}
