import picomatch from 'picomatch';
import { findRule, PORTFOLIO_RULES, type RuleId } from '../analysis/catalogue.js';
import type { PortfolioThresholds } from '../analysis/portfolio.js';
import { parseJsonText } from './json-text.js';

/** The file that makes a folder of plans a portfolio, read by `cplan portfolio` and the language server. */
export const PORTFOLIO_FILE_NAME = 'cplan.portfolio.json';

/** The portfolio document's file name (in the portfolio's folder) when the planner gives none. */
export const PORTFOLIO_DOCUMENT_NAME = 'cplan-portfolio';

/** Member plans when the file names none: every plan below its folder. */
export const DEFAULT_MEMBER_GLOBS: readonly string[] = ['**/*.cplan'];

export interface PortfolioConfig {
    /** The portfolio's name, as the document's title. */
    readonly title: string;
    /** Globs of member plans, relative to the file's folder (`/` separated). */
    readonly members: readonly string[];
    readonly thresholds: PortfolioThresholds;
}

/** Why a `cplan.portfolio.json` cannot be used, as the key of a message and its arguments. */
export type PortfolioConfigProblem =
    | { readonly key: 'portfolioNotJson'; readonly args: { readonly line: number; readonly column: number } }
    | { readonly key: 'portfolioShape'; readonly args: Record<string, never> }
    | { readonly key: 'portfolioBadThreshold'; readonly args: { readonly entries: string } };

/**
 * Reads `{ "title": "…", "members": ["*.cplan"], "thresholds": { "<portfolio rule id>": n } }`.
 * `title` is required; `members` and `thresholds` may be left out. A threshold must belong to
 * a portfolio rule that has one, and lie in its range.
 */
export function parsePortfolioConfig(text: string): PortfolioConfig | { readonly problem: PortfolioConfigProblem } {
    const parsed = parseJsonText(text);
    if (!('json' in parsed)) {
        return { problem: { key: 'portfolioNotJson', args: { line: parsed.line, column: parsed.column } } };
    }
    const json = parsed.json;
    const shape = { problem: { key: 'portfolioShape', args: {} } } as const;
    if (!isObject(json) || typeof json.title !== 'string' || json.title.trim() === '') {
        return shape;
    }
    const members = json.members ?? DEFAULT_MEMBER_GLOBS;
    if (!Array.isArray(members) || members.length === 0 || !members.every(glob => typeof glob === 'string' && glob.trim() !== '')) {
        return shape;
    }
    const rawThresholds = json.thresholds ?? {};
    if (!isObject(rawThresholds)) {
        return shape;
    }
    const thresholds: Partial<Record<RuleId, number>> = {};
    const bad: string[] = [];
    for (const [id, value] of Object.entries(rawThresholds)) {
        const rule = findRule(id);
        const range = rule?.kind === 'portfolio' ? rule.threshold : undefined;
        if (!rule || !range || typeof value !== 'number' || !Number.isFinite(value) || value < range.min || (range.max !== undefined && value > range.max)) {
            bad.push(`${id}: ${JSON.stringify(value)}`);
        } else {
            thresholds[rule.id] = value;
        }
    }
    if (bad.length > 0) {
        return { problem: { key: 'portfolioBadThreshold', args: { entries: bad.join(', ') } } };
    }
    return { title: json.title.trim(), members: members as string[], thresholds };
}

/** The rules a threshold may be given for, as `id (default)`, for messages. */
export const THRESHOLD_RULES = PORTFOLIO_RULES.flatMap(rule => rule.threshold ? [`${rule.id} (${rule.threshold.default})`] : []).join(', ');

/** Whether a plan, by its path relative to the portfolio's folder (`/` separated), is a member. */
export function memberMatcher(config: PortfolioConfig): (relativePath: string) => boolean {
    const matches = picomatch(config.members.map(glob => glob.replace(/^\.\//, '')), { dot: false });
    return relativePath => relativePath.endsWith('.cplan') && !relativePath.startsWith('../') && matches(relativePath);
}

function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
