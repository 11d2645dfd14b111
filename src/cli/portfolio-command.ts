import { NodeFileSystem } from 'langium/node';
import { readFile, stat } from 'node:fs/promises';
import * as path from 'node:path';
import type { Locale } from '../analysis/locale.js';
import { DOCUMENT_FORMATS, FORMAT_EXTENSIONS, prepareRenderer, renderDocument, type DocumentFormat } from '../document/plan-document.js';
import { buildPortfolioModel } from '../document/portfolio-model.js';
import { createClusterPlanCoreServices } from '../language/cluster-plan-module.js';
import type { PlanDocumentValidator } from '../language/document-validator.js';
import { checkPortfolioSources, type CheckedPortfolio } from '../language/portfolio-check.js';
import { memberMatcher, parsePortfolioConfig, PORTFOLIO_FILE_NAME, THRESHOLD_RULES, type PortfolioConfig } from '../language/portfolio-config.js';
import { VERSION } from '../version.js';
import { EXIT_ERRORS, EXIT_INCOMPLETE, EXIT_OK, type CliIo } from './cli-io.js';
import { cliMessage, type CliMessage } from './cli-messages.js';
import { ConfigResolver } from './config-file.js';
import { displayPath, placeOutput, Refusal, refuseOverwritingPlans, writeDocument } from './generate-command.js';
import { collectPlanFiles, readPlanSources, type FileProblem } from './plan-files.js';
import { sortDiagnostics, summarise, toReported, type FileReport, type PlanSource } from './plan-report.js';
import { renderJson } from './reporters/json.js';
import { renderSarif } from './reporters/sarif.js';
import { renderText } from './reporters/text.js';

/** The formats of `cplan portfolio`: the findings, as `check` reports them, or the portfolio document. */
export const PORTFOLIO_FORMATS = ['text', 'json', 'sarif', ...DOCUMENT_FORMATS] as const;

const isDocumentFormat = (format: string): format is DocumentFormat => (DOCUMENT_FORMATS as readonly string[]).includes(format);

/** The document's name when `--out` does not give one. */
const DOCUMENT_NAME = 'cplan-portfolio';

/**
 * `cplan portfolio [FOLDER] [--format text|json|sarif|html|md|docx|hwpx] [--out PATH] [--config FILE]`:
 * checks every member plan of the portfolio in FOLDER as `check` does, then the portfolio
 * rules across them; reports the findings, or writes the portfolio document as `generate`
 * writes a plan's. A plan that cannot be read is reported and the others are still compared.
 */
export async function runPortfolio(positionals: readonly string[], options: Readonly<Record<string, string | true>>, locale: Locale, io: CliIo): Promise<number> {
    const say = (key: CliMessage, args: Record<string, string | number> = {}) => io.stderr(`cplan: ${cliMessage(key, locale, args)}`);
    if (positionals.length > 1) {
        say('portfolioNeedsOneFolder');
        return EXIT_INCOMPLETE;
    }
    const folderGiven = positionals[0] ?? '.';
    const folder = path.resolve(folderGiven);
    const configShown = path.join(folderGiven, PORTFOLIO_FILE_NAME);
    const config = await readPortfolioConfig(folder, configShown);
    if ('problem' in config) {
        say(config.problem.key, config.problem.args);
        return EXIT_INCOMPLETE;
    }
    const format = typeof options.format === 'string' ? options.format : 'text';
    let outPath: string | undefined;
    if (isDocumentFormat(format)) {
        try {
            outPath = await placeOutput(folder, `${DOCUMENT_NAME}${FORMAT_EXTENSIONS[format]}`, typeof options.out === 'string' ? options.out : undefined);
            await refuseOverwritingPlans(path.join(folder, PORTFOLIO_FILE_NAME), outPath);
        } catch (error) {
            if (error instanceof Refusal) {
                say(error.key, error.args);
                return EXIT_INCOMPLETE;
            }
            throw error;
        }
        prepareRenderer(format);
    }

    const problems: FileProblem[] = [];
    const isMember = memberMatcher(config);
    const files = (await collectPlanFiles([folderGiven], problems, []))
        .filter(file => isMember(path.relative(folder, file.absolutePath).split(path.sep).join('/')));
    if (files.length === 0) {
        say('portfolioNoMembers', { path: configShown, members: config.members.join(', ') });
        return EXIT_INCOMPLETE;
    }
    const sources = await readPlanSources(files, problems);
    for (const problem of problems) {
        say(problem.message, problem.args);
    }

    const { ClusterPlan } = createClusterPlanCoreServices(NodeFileSystem);
    ClusterPlan.plan.Settings.locale = locale;
    const configs = new ConfigResolver(typeof options.config === 'string' ? options.config : undefined);
    const withSettings = await Promise.all(sources.map(async source => ({ ...source, severities: await configs.severitiesFor(source.absolutePath) })));
    const checked = await checkPortfolioSources(ClusterPlan, withSettings, config.thresholds);
    const incomplete = problems.length > 0;

    if (outPath && isDocumentFormat(format)) {
        const readPaths = new Set(sources.map(source => source.absolutePath));
        const model = buildPortfolioModel({
            title: config.title,
            thresholds: config.thresholds,
            locale,
            portfolio: checked.analysis,
            members: files.map(file => {
                const index = sources.findIndex(source => source.absolutePath === file.absolutePath);
                return readPaths.has(file.absolutePath)
                    ? { path: file.displayPath, document: checked.documents[index], analysis: ClusterPlan.plan.AnalysisCache.analysisOf(checked.documents[index]) }
                    : { path: file.displayPath };
            })
        });
        const broken = sources.filter((_, index) => !checked.analysis.members[index].compared);
        for (const source of broken) {
            say('portfolioSyntaxMember', { path: source.displayPath });
        }
        try {
            await writeDocument(outPath, await renderDocument(model, format));
        } catch (error) {
            if (error instanceof Refusal) {
                say(error.key, error.args);
                return EXIT_INCOMPLETE;
            }
            throw error;
        }
        io.stdout(displayPath(outPath));
        return incomplete ? EXIT_INCOMPLETE : broken.length > 0 ? EXIT_ERRORS : EXIT_OK;
    }

    const reports = portfolioReports(ClusterPlan.validation.DocumentValidator as PlanDocumentValidator, sources, checked);
    const summary = summarise(reports);
    switch (format) {
        case 'json':
            io.stdout(renderJson(reports, summary, {
                title: config.title,
                plans: checked.analysis.members.map((member, index) => ({ path: sources[index].displayPath, label: member.label, compared: member.compared }))
            }));
            break;
        case 'sarif':
            io.stdout(renderSarif(reports, locale, VERSION));
            break;
        default:
            io.stdout(renderText(reports, summary, locale, io.colour));
    }
    if (incomplete) {
        return EXIT_INCOMPLETE;
    }
    return summary.errors > 0 ? EXIT_ERRORS : EXIT_OK;
}

/** Each member's own diagnostics with its portfolio findings among them, in line order. */
function portfolioReports(validator: PlanDocumentValidator, sources: readonly PlanSource[], checked: CheckedPortfolio): FileReport[] {
    const pathOfUri = new Map(checked.documents.map((document, index) => [document.uri.toString(), sources[index].displayPath]));
    return checked.documents.map((document, index) => {
        const own = document.uri.toString();
        const otherPlanPath = (uri: string) => uri === own ? undefined : pathOfUri.get(uri) ?? uri;
        const outcome = checked.analysis.members[index];
        const diagnostics = [
            ...(document.diagnostics ?? []),
            ...outcome.findings.map(finding => validator.findingDiagnostic(document, finding))
        ].map(diagnostic => toReported(diagnostic, otherPlanPath));
        return {
            path: sources[index].displayPath,
            diagnostics: sortDiagnostics(diagnostics),
            waived: outcome.waived.map(entry => ({ code: entry.ruleId, reason: entry.reason }))
        };
    });
}

type ConfigResult = PortfolioConfig | { readonly problem: { readonly key: CliMessage; readonly args: Record<string, string | number> } };

async function readPortfolioConfig(folder: string, shown: string): Promise<ConfigResult> {
    const info = await stat(folder).catch(() => undefined);
    if (!info) {
        return { problem: { key: 'noSuchPath', args: { path: path.dirname(shown) } } };
    }
    if (!info.isDirectory()) {
        return { problem: { key: 'portfolioNotFolder', args: { path: path.dirname(shown) } } };
    }
    let text: string;
    try {
        text = await readFile(path.join(folder, PORTFOLIO_FILE_NAME), 'utf8');
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        return code === 'ENOENT'
            ? { problem: { key: 'portfolioMissing', args: { path: shown } } }
            : { problem: { key: 'configUnreadable', args: { path: shown, reason: code ?? String(error) } } };
    }
    const parsed = parsePortfolioConfig(text);
    if ('problem' in parsed) {
        return { problem: { key: parsed.problem.key, args: { ...parsed.problem.args, path: shown, rules: THRESHOLD_RULES } } };
    }
    return parsed;
}
