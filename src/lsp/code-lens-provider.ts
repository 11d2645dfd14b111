import { GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, Range } from 'vscode-languageserver';
import { PLAN_CATEGORIES } from '../analysis/catalogue.js';
import { fillTemplate, type Locale } from '../analysis/locale.js';
import { overallScore, scoreByCategory, type CategoryScore } from '../analysis/scorecard.js';
import type { AnalysisCache } from '../language/analysis-cache.js';
import type { PlanSettings } from '../language/settings.js';
import type { ClusterPlanServices } from './cluster-plan-lsp-module.js';
import { CODE_LENS_TEXTS } from './editor-texts.js';

/** VS Code's own command that shows the Problems view, where every finding is listed. */
export const OPEN_PROBLEMS_COMMAND = 'workbench.actions.view.problems';

/**
 * A code lens on the `plan` line: how many of the principles that apply the plan follows,
 * in total and by category of the report (the scorecard of the plan document); clicking it
 * opens the Problems view.
 */
export class PlanCodeLensProvider implements CodeLensProvider {
    private readonly analyses: AnalysisCache;
    private readonly settings: PlanSettings;

    constructor(services: ClusterPlanServices) {
        this.analyses = services.plan.AnalysisCache;
        this.settings = services.plan.Settings;
    }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const plan = document.parseResult.value;
        const range = GrammarUtils.findNodeForKeyword(plan.$cstNode, 'plan')?.range;
        if (!range) {
            return [];
        }
        const locale = this.settings.locale;
        const analysis = this.analyses.analysisOf(document);
        if (analysis.hasSyntaxErrors) {
            // Only the structural rules run on a plan that does not parse: a score would mislead.
            return [this.lens(range, CODE_LENS_TEXTS.syntaxErrors[locale], locale)];
        }
        const scores = scoreByCategory(analysis.statuses);
        return [
            this.lens(range, fillTemplate(CODE_LENS_TEXTS.total[locale], scoreArgs(overallScore(scores))), locale),
            ...PLAN_CATEGORIES.flatMap((category, index) => scores[index].assessed > 0
                ? [this.lens(range, fillTemplate(CODE_LENS_TEXTS.category[locale], { title: category.title[locale], ...scoreArgs(scores[index]) }), locale)]
                : [])
        ];
    }

    private lens(range: Range, title: string, locale: Locale): CodeLens {
        return { range, command: { title, command: OPEN_PROBLEMS_COMMAND, tooltip: CODE_LENS_TEXTS.openProblems[locale] } };
    }
}

function scoreArgs(score: Pick<CategoryScore, 'met' | 'assessed'>): Record<string, string> {
    return { met: String(score.met), assessed: String(score.assessed) };
}
