import { EmptyFileSystem } from 'langium';
import type { Locale } from '../analysis/locale.js';
import type { RuleSeverities } from '../analysis/rule-settings.js';
import { createClusterPlanCoreServices, type ClusterPlanCoreServices } from '../language/cluster-plan-module.js';
import { optimiseForInput } from '../node-flags.js';
import { VERSION } from '../version.js';
import { EXIT_ERRORS, EXIT_INCOMPLETE, EXIT_OK, type CliIo } from './cli-io.js';
import { cliMessage } from './cli-messages.js';
import type { CheckingCommand } from './commands.js';
import { ConfigResolver } from './config-file.js';
import type { CommandRun } from './main.js';
import { collectPlanFiles, readPlanSources, type FileProblem } from './plan-files.js';
import { checkPlans, summarise, type FileReport, type PlanSource } from './plan-report.js';
import { renderJson } from './reporters/json.js';
import { renderSarif } from './reporters/sarif.js';
import { renderText } from './reporters/text.js';
import { rulesJson, rulesMarkdown } from './rules-listing.js';

/** The commands of out/cli-check.cjs (src/cli/commands.ts). */
export const CHECK_BUNDLE_COMMANDS: Readonly<Record<CheckingCommand, CommandRun>> = {
    check: runCheck,
    rules: async (_positionals, options, locale, io) => {
        io.stdout(options.format === 'json' ? rulesJson() : rulesMarkdown(locale));
        return EXIT_OK;
    }
};

async function runCheck(positionals: readonly string[], options: Readonly<Record<string, string | true>>, locale: Locale, io: CliIo): Promise<number> {
    const problems: FileProblem[] = [];
    const emptyFolders: string[] = [];
    const files = collectPlanFiles(positionals.length > 0 ? positionals : ['.'], problems, emptyFolders);
    const sources = readPlanSources(files, problems);
    optimiseForInput(sources.reduce((bytes, source) => bytes + source.text.length, 0));

    const { ClusterPlan } = createClusterPlanCoreServices(EmptyFileSystem);
    ClusterPlan.plan.Settings.locale = locale;
    const reports = await checkWithConfig(ClusterPlan, sources, new ConfigResolver(typeof options.config === 'string' ? options.config : undefined));
    const summary = summarise(reports);

    for (const problem of problems) {
        io.stderr(`cplan: ${cliMessage(problem.message, locale, problem.args)}`);
    }
    for (const folder of emptyFolders) {
        io.stderr(`cplan: ${cliMessage('noPlans', locale, { path: folder })}`);
    }
    switch (options.format) {
        case 'json':
            io.stdout(renderJson(reports, summary));
            break;
        case 'sarif':
            io.stdout(renderSarif(reports, locale, VERSION));
            break;
        default:
            io.stdout(renderText(reports, summary, locale, io.colour));
    }
    if (problems.length > 0) {
        return EXIT_INCOMPLETE;
    }
    return summary.errors > 0 ? EXIT_ERRORS : EXIT_OK;
}

/** Checks the plans in groups that share one rule configuration, and reports them in the order given. */
async function checkWithConfig(services: ClusterPlanCoreServices, sources: readonly PlanSource[], configs: ConfigResolver): Promise<FileReport[]> {
    const groups = new Map<RuleSeverities, PlanSource[]>();
    for (const source of sources) {
        const severities = await configs.severitiesFor(source.absolutePath);
        groups.set(severities, [...groups.get(severities) ?? [], source]);
    }
    const reportOf = new Map<PlanSource, FileReport>();
    for (const [severities, group] of groups) {
        services.plan.Settings.severities = severities;
        services.plan.AnalysisCache.clear();
        const reports = await checkPlans(services, group);
        group.forEach((source, i) => reportOf.set(source, reports[i]));
    }
    return sources.map(source => reportOf.get(source)!);
}

