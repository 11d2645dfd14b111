import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { DiagnosticSeverity, type Connection } from 'vscode-languageserver';
import { overallScore, scoreByCategory } from '../analysis/scorecard.js';
import { PLAN_SCORE_NOTIFICATION, type PlanScoreParams } from '../language/extension-protocol.js';
import type { ClusterPlanServices } from './cluster-plan-lsp-module.js';

/**
 * After every check of a plan open in the editor, tells the editor the plan's score and its
 * error count, taken from the same analysis as the diagnostics just published and scored as
 * the code lens and the plan document score it.
 */
export function sendPlanScores(shared: LangiumSharedServices, services: ClusterPlanServices, connection: Connection): void {
    const { DocumentBuilder, TextDocuments } = shared.workspace;
    DocumentBuilder.onBuildPhase(DocumentState.Validated, documents => {
        for (const document of documents) {
            const uri = document.uri.toString();
            const open = TextDocuments?.get(uri);
            if (!open) {
                continue;
            }
            const analysis = services.plan.AnalysisCache.analysisOf(document);
            const total = analysis.hasSyntaxErrors ? undefined : overallScore(scoreByCategory(analysis.statuses));
            const count = (severity: DiagnosticSeverity) => (document.diagnostics ?? []).filter(diagnostic => diagnostic.severity === severity).length;
            const params: PlanScoreParams = {
                uri,
                version: open.version,
                score: total && { met: total.met, assessed: total.assessed },
                errors: count(DiagnosticSeverity.Error),
                warnings: count(DiagnosticSeverity.Warning)
            };
            void connection.sendNotification(PLAN_SCORE_NOTIFICATION, params);
        }
    });
}
