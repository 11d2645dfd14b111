import { GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, Range } from 'vscode-languageserver';
import { CATEGORIES, getRule } from '../analysis/catalogue.js';
import type { RuleStatus } from '../analysis/engine.js';
import { fillTemplate, type Locale } from '../analysis/locale.js';
import { hasSyntaxErrors, type PlanAnalyzer } from '../language/analyzer.js';
import type { ClusterPlanServices } from './cluster-plan-lsp-module.js';
import type { PlanSettings } from '../language/settings.js';
import { CODE_LENS_TEXTS } from './editor-texts.js';

/** VS Code's own command that shows the Problems view, where every finding is listed. */
export const OPEN_PROBLEMS_COMMAND = 'workbench.actions.view.problems';

interface Score {
    passed: number;
    applicable: number;
}

/**
 * Counts a rule towards the score. A rule that does not apply to this plan, or that the user
 * switched off, is left out of the denominator; a waived rule counts as passed, because a
 * waiver is a deliberate, justified decision the report allows for, not a gap in the plan.
 */
function addToScore(score: Score, status: RuleStatus): void {
    if (status === 'not-applicable' || status === 'off') {
        return;
    }
    score.applicable++;
    if (status === 'passed' || status === 'waived') {
        score.passed++;
    }
}

/**
 * A code lens on the `plan` line: how many of the principles that apply the plan follows,
 * in total and by category of the report; clicking it opens the Problems view.
 */
export class PlanCodeLensProvider implements CodeLensProvider {
    private readonly analyzer: PlanAnalyzer;
    private readonly settings: PlanSettings;

    constructor(services: ClusterPlanServices) {
        this.analyzer = services.plan.Analyzer;
        this.settings = services.plan.Settings;
    }

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const plan = document.parseResult.value;
        const range = GrammarUtils.findNodeForKeyword(plan.$cstNode, 'plan')?.range;
        if (!range) {
            return [];
        }
        const locale = this.settings.locale;
        if (hasSyntaxErrors(document)) {
            // Only the structural rules run on a plan that does not parse: a score would mislead.
            return [this.lens(range, CODE_LENS_TEXTS.syntaxErrors[locale], locale)];
        }
        const total: Score = { passed: 0, applicable: 0 };
        const byCategory = new Map(CATEGORIES.map(category => [category.id, { passed: 0, applicable: 0 } as Score]));
        for (const [ruleId, status] of this.analyzer.analyse(document).statuses) {
            addToScore(total, status);
            addToScore(byCategory.get(getRule(ruleId).category)!, status);
        }
        return [
            this.lens(range, fillTemplate(CODE_LENS_TEXTS.total[locale], scoreArgs(total)), locale),
            ...CATEGORIES
                .filter(category => byCategory.get(category.id)!.applicable > 0)
                .map(category => this.lens(range, fillTemplate(CODE_LENS_TEXTS.category[locale], {
                    title: category.title[locale], ...scoreArgs(byCategory.get(category.id)!)
                }), locale))
        ];
    }

    private lens(range: Range, title: string, locale: Locale): CodeLens {
        return { range, command: { title, command: OPEN_PROBLEMS_COMMAND, tooltip: CODE_LENS_TEXTS.openProblems[locale] } };
    }
}

function scoreArgs(score: Score): Record<string, string> {
    return { passed: String(score.passed), applicable: String(score.applicable) };
}
