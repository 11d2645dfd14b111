import { readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parseRuleSettings, type RuleSeverities } from '../analysis/rule-settings.js';
import { parseJsonText } from '../language/json-text.js';
import type { CliMessage } from './cli-messages.js';

/** The file `cplan check` looks for in a plan's folder and every folder above it. */
export const CONFIG_FILE_NAME = 'cplan.config.json';

/** A config file that cannot be used: the whole check stops, as a bad option does. */
export class ConfigError extends Error {
    constructor(readonly key: CliMessage, readonly args: Record<string, string>) {
        super(key);
    }
}

/**
 * Finds and reads the rule settings that apply to plan files: `--config` for all of them,
 * otherwise the nearest `cplan.config.json` above each file (none: the catalogue defaults).
 * Each file is read once however many plans share it.
 */
export class ConfigResolver {
    private readonly loaded = new Map<string, Promise<RuleSeverities>>();
    private readonly foundInFolder = new Map<string, Promise<string | undefined>>();

    constructor(private readonly explicitPath?: string) {}

    async severitiesFor(planPath: string): Promise<RuleSeverities> {
        const configPath = this.explicitPath !== undefined
            ? path.resolve(this.explicitPath)
            : await this.findUpward(path.dirname(path.resolve(planPath)));
        if (configPath === undefined) {
            return {};
        }
        let severities = this.loaded.get(configPath);
        if (!severities) {
            severities = readConfigFile(configPath, this.explicitPath ?? path.relative(process.cwd(), configPath));
            this.loaded.set(configPath, severities);
        }
        return severities;
    }

    private findUpward(folder: string): Promise<string | undefined> {
        let found = this.foundInFolder.get(folder);
        if (!found) {
            const candidate = path.join(folder, CONFIG_FILE_NAME);
            const parent = path.dirname(folder);
            // Read synchronously, as plans are (plan-files.ts).
            found = Promise.resolve(isFile(candidate) ? candidate : undefined)
                .then(hit => hit ?? (parent === folder ? undefined : this.findUpward(parent)));
            this.foundInFolder.set(folder, found);
        }
        return found;
    }
}

function isFile(file: string): boolean {
    try {
        return statSync(file).isFile();
    } catch {
        return false;
    }
}

/** Reads `{ "rules": { "<id>": "error|warning|info|hint|off" } }`; anything else is refused. */
export async function readConfigFile(absolutePath: string, shownPath: string): Promise<RuleSeverities> {
    let text: string;
    try {
        text = readFileSync(absolutePath, 'utf8');
    } catch (error) {
        throw new ConfigError('configUnreadable', { path: shownPath, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
    const parsed = parseJsonText(text);
    if (!('json' in parsed)) {
        throw new ConfigError('configNotJson', { path: shownPath, line: String(parsed.line), column: String(parsed.column) });
    }
    const json = parsed.json;
    if (typeof json !== 'object' || json === null || Array.isArray(json)) {
        throw new ConfigError('configShape', { path: shownPath });
    }
    const rules = (json as { rules?: unknown }).rules;
    if (rules !== undefined && (typeof rules !== 'object' || rules === null || Array.isArray(rules))) {
        throw new ConfigError('configShape', { path: shownPath });
    }
    const settings = parseRuleSettings(rules);
    if (settings.ignored.length > 0) {
        throw new ConfigError('configBadRules', { path: shownPath, entries: settings.ignored.join(', ') });
    }
    return settings.severities;
}
