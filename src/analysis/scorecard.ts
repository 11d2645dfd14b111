import { PLAN_CATEGORIES, RULES, type CategoryId, type RuleId } from './catalogue.js';
import type { RuleStatus } from './engine.js';

export interface CategoryScore {
    readonly category: CategoryId;
    readonly passed: number;
    readonly failed: number;
    readonly waived: number;
    readonly notApplicable: number;
    readonly off: number;
    /** Rules that had something to judge: passed, failed or waived. */
    readonly assessed: number;
    /** Passed or waived: a waiver is a deliberate deviation the plan justifies in writing. */
    readonly met: number;
    /** Whole percent of `met` in `assessed`; undefined when nothing was assessed. */
    readonly percent?: number;
}

/**
 * The score of every category a plan is judged by alone (`PLAN_CATEGORIES`), in catalogue
 * order, from the rule statuses. The portfolio rules are reported with the portfolio instead.
 */
export function scoreByCategory(statuses: ReadonlyMap<RuleId, RuleStatus>): CategoryScore[] {
    return PLAN_CATEGORIES.map(category => {
        const counts: Record<RuleStatus, number> = { passed: 0, failed: 0, waived: 0, 'not-applicable': 0, off: 0 };
        for (const rule of RULES) {
            if (rule.category === category.id) {
                counts[statuses.get(rule.id) ?? 'not-applicable']++;
            }
        }
        return scoreOf(category.id, counts);
    });
}

/** All categories together. */
export function overallScore(scores: readonly CategoryScore[]): Omit<CategoryScore, 'category'> {
    const sum = (key: 'passed' | 'failed' | 'waived' | 'notApplicable' | 'off') => scores.reduce((total, score) => total + score[key], 0);
    const { category: _category, ...rest } = scoreOf('roadmap', {
        passed: sum('passed'), failed: sum('failed'), waived: sum('waived'), 'not-applicable': sum('notApplicable'), off: sum('off')
    });
    return rest;
}

function scoreOf(category: CategoryId, counts: Record<RuleStatus, number>): CategoryScore {
    const assessed = counts.passed + counts.failed + counts.waived;
    const met = counts.passed + counts.waived;
    return {
        category,
        passed: counts.passed,
        failed: counts.failed,
        waived: counts.waived,
        notApplicable: counts['not-applicable'],
        off: counts.off,
        assessed,
        met,
        percent: assessed > 0 ? Math.round((100 * met) / assessed) : undefined
    };
}
