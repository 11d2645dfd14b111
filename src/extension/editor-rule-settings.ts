import * as vscode from 'vscode';
import { parseRuleSettings, type RuleSeverities } from '../analysis/rule-settings.js';
import { SETTINGS_SECTION } from './client-activation.js';

/** The editor's `clusterPlan.rules`, which the preview and the export score the plan with, as the diagnostics do. */
export function editorRuleSeverities(): RuleSeverities {
    return parseRuleSettings(vscode.workspace.getConfiguration(SETTINGS_SECTION).get('rules')).severities;
}
