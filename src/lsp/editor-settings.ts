import { DefaultConfigurationProvider, DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { chooseLocale, type Locale } from '../analysis/locale.js';
import { parseRuleSettings } from '../analysis/rule-settings.js';
import type { ClusterPlanServices } from './cluster-plan-lsp-module.js';

/** The editor settings section: `clusterPlan.rules` and `clusterPlan.language`. */
export const SETTINGS_SECTION = 'clusterPlan';

/** Reads the `clusterPlan` section rather than one named after the language id. */
export class PlanConfigurationProvider extends DefaultConfigurationProvider {
    protected override toSectionName(): string {
        return SETTINGS_SECTION;
    }
}

/**
 * Keeps `services.plan.Settings` in step with the editor's `clusterPlan.*` settings: on start
 * and on every change it fills them in, forgets cached analyses and rechecks every open plan
 * so that diagnostics show the new severities and language at once.
 */
export function followEditorSettings(
    shared: LangiumSharedServices,
    services: ClusterPlanServices,
    options: { editorLocale: () => Locale; warn: (message: string) => void }
): void {
    const configuration = shared.workspace.ConfigurationProvider;
    const languageId = services.LanguageMetaData.languageId;
    const apply = async () => {
        const rules = parseRuleSettings(await configuration.getConfiguration(languageId, 'rules'));
        if (rules.ignored.length > 0) {
            options.warn(`cplan: ${SETTINGS_SECTION}.rules: ignored unknown rule ids or values: ${rules.ignored.join(', ')}`);
        }
        const settings = services.plan.Settings;
        settings.severities = rules.severities;
        settings.locale = chooseLocale(await configuration.getConfiguration(languageId, 'language'), options.editorLocale());
        services.plan.AnalysisCache.clear();
        await revalidateOpenPlans(shared);
    };
    const applySafely = () => apply().catch(error => options.warn(`cplan: could not apply the settings: ${String(error)}`));
    void configuration.ready.then(applySafely);
    configuration.onConfigurationSectionUpdate(update => {
        if (update.section === SETTINGS_SECTION) {
            void applySafely();
        }
    });
}

/**
 * Parses, links and validates every open plan again (parse errors are worded in the chosen
 * language too). Plans that are not open keep being checked only when opened, as before.
 */
async function revalidateOpenPlans(shared: LangiumSharedServices): Promise<void> {
    const { DocumentBuilder, LangiumDocuments, WorkspaceLock, TextDocuments } = shared.workspace;
    await WorkspaceLock.write(async token => {
        for (const document of LangiumDocuments.all) {
            if (TextDocuments.get(document.uri)) {
                DocumentBuilder.resetToState(document, DocumentState.Changed);
            }
        }
        await DocumentBuilder.update([], [], token);
    });
}
