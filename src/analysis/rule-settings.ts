import { closestRuleId, isRuleId, type RuleId } from './catalogue.js';
import type { SeverityOverride } from './engine.js';

/** Rule id → severity or `off`: what the user chose for each rule they named. */
export type RuleSeverities = Readonly<Partial<Record<RuleId, SeverityOverride>>>;

/** The values a user may give a rule in `clusterPlan.rules` or `cplan.config.json`. */
export const SEVERITY_SETTINGS: readonly SeverityOverride[] = ['error', 'warning', 'info', 'hint', 'off'];

export interface ParsedRuleSettings {
    readonly severities: RuleSeverities;
    /**
     * Entries left out, as `id: value`, because the id is no rule (followed by the nearest rule
     * id, if one is near: `(agency-independent?)`) or the value no severity (followed by the
     * values a rule takes).
     */
    readonly ignored: readonly string[];
}

/**
 * Reads a rule id → severity map as the user wrote it. Unknown ids and values are collected
 * rather than thrown, so the editor can warn once and the command line can refuse the file.
 */
export function parseRuleSettings(raw: unknown): ParsedRuleSettings {
    const severities: Partial<Record<RuleId, SeverityOverride>> = {};
    const ignored: string[] = [];
    if (raw === undefined || raw === null) {
        return { severities, ignored };
    }
    if (typeof raw !== 'object' || Array.isArray(raw)) {
        return { severities, ignored: [JSON.stringify(raw)] };
    }
    for (const [id, value] of Object.entries(raw)) {
        if (!isRuleId(id)) {
            const nearest = closestRuleId(id);
            ignored.push(`${id}: ${JSON.stringify(value)}${nearest ? ` (${nearest}?)` : ''}`);
        } else if (typeof value === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value)) {
            severities[id] = value as SeverityOverride;
        } else {
            ignored.push(`${id}: ${JSON.stringify(value)} (${SEVERITY_SETTINGS.join('|')})`);
        }
    }
    return { severities, ignored };
}
