import type { RuleSeverities } from '../analysis/rule-settings.js';
import { DEFAULT_LOCALE, type Locale } from '../analysis/locale.js';

/**
 * What the user chose: the language of messages and per-rule severities. The language
 * server fills it from the editor, the command line from its flags and config file.
 */
export class PlanSettings {
    locale: Locale = DEFAULT_LOCALE;
    severities: RuleSeverities = {};
}
