import { DocumentCache, type LangiumDocument } from 'langium';
import { analysePlan, type PlanAnalysis } from '../analysis/engine.js';
import type { ClusterPlanCoreServices } from './cluster-plan-module.js';
import type { Plan } from '../grammar/generated/ast.js';
import type { PlanSettings } from './settings.js';

/**
 * Analyses each document once per change and shares the result between diagnostics and
 * every other feature that needs the plan facts or rule outcomes.
 */
export class PlanAnalyzer {
    private readonly settings: PlanSettings;
    private readonly cache: DocumentCache<string, PlanAnalysis>;
    private readonly reportedFailures = new Set<string>();

    constructor(services: ClusterPlanCoreServices) {
        this.settings = services.plan.Settings;
        this.cache = new DocumentCache(services.shared);
    }

    analyse(document: LangiumDocument): PlanAnalysis {
        return this.cache.get(document.uri, 'analysis', () => analysePlan(document.parseResult.value as Plan, {
            severities: this.settings.severities,
            hasSyntaxErrors: hasSyntaxErrors(document),
            hasReferenceErrors: document.references.some(reference => reference.error !== undefined),
            onCheckFailure: (ruleId, error) => this.reportFailure(ruleId, error)
        }));
    }

    /** Forgets every cached analysis, after the settings changed. */
    invalidate(): void {
        this.cache.clear();
    }

    /** A failing check is logged once per rule, not shown to the user as a crash. */
    private reportFailure(ruleId: string, error: unknown): void {
        if (!this.reportedFailures.has(ruleId)) {
            this.reportedFailures.add(ruleId);
            console.error(`cplan: the check for rule '${ruleId}' failed and was skipped: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
}

export function hasSyntaxErrors(document: LangiumDocument): boolean {
    const { lexerErrors, parserErrors } = document.parseResult;
    return lexerErrors.length > 0 || parserErrors.length > 0;
}
