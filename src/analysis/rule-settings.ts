import { findRule } from './catalogue.js';
import type { SeverityOverride } from './engine.js';

/** The values a user may give a rule in `clusterPlan.rules` or `cplan.config.json`. */
export const SEVERITY_SETTINGS: readonly SeverityOverride[] = ['error', 'warning', 'info', 'hint', 'off'];

export interface ParsedRuleSettings {
    readonly severities: Readonly<Record<string, SeverityOverride>>;
    /** Entries left out, as `id: value`, because the id is no rule or the value no severity. */
    readonly ignored: readonly string[];
}

/**
 * Reads a rule id → severity map as the user wrote it. Unknown ids and values are collected
 * rather than thrown, so the editor can warn once and the command line can refuse the file.
 */
export function parseRuleSettings(raw: unknown): ParsedRuleSettings {
    const severities: Record<string, SeverityOverride> = {};
    const ignored: string[] = [];
    if (raw === undefined || raw === null) {
        return { severities, ignored };
    }
    if (typeof raw !== 'object' || Array.isArray(raw)) {
        return { severities, ignored: [JSON.stringify(raw)] };
    }
    for (const [id, value] of Object.entries(raw)) {
        if (findRule(id) && typeof value === 'string' && (SEVERITY_SETTINGS as readonly string[]).includes(value)) {
            severities[id] = value as SeverityOverride;
        } else {
            ignored.push(`${id}: ${JSON.stringify(value)}`);
        }
    }
    return { severities, ignored };
}
