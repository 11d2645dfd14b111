/** The two languages every user-facing text exists in. Korean is the default. */
export type Locale = 'ko' | 'en';

export interface Localized {
    readonly ko: string;
    readonly en: string;
}

export const DEFAULT_LOCALE: Locale = 'ko';

/** Maps an editor or command-line language tag (`en-US`, `ko`, `de`) to a supported locale. */
export function toLocale(tag: string | undefined): Locale {
    return tag?.toLowerCase().startsWith('en') ? 'en' : DEFAULT_LOCALE;
}

/** The language of the `clusterPlan.language` setting: `auto` (or anything else) follows the editor. */
export function chooseLocale(setting: unknown, editorLocale: Locale): Locale {
    return setting === 'ko' || setting === 'en' ? setting : editorLocale;
}

/** Fills `{name}` placeholders; a placeholder without a value is left visible rather than dropped. */
export function fillTemplate(template: string, args: Readonly<Record<string, string>>): string {
    return template.replace(/\{(\w+)\}/g, (whole, key: string) => args[key] ?? whole);
}
