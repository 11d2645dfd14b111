import { EmptyFileSystem } from 'langium';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Locale } from '../analysis/locale.js';
import { statOf } from '../document/file-status.js';
import { drawsFigures, FORMAT_EXTENSIONS, isDocumentFormat } from '../document/formats.js';
import { renderDocument } from '../document/plan-document.js';
import type { PlanDocumentModel } from '../document/model.js';
import { buildPortfolioModel } from '../document/portfolio-model.js';
import { FigureProcess } from '../document/render/figure-process.js';
import type { FigureRasterizer } from '../document/render/figures.js';
import { createClusterPlanCoreServices, type ClusterPlanCoreServices } from '../language/cluster-plan-module.js';
import type { PlanDocumentValidator } from '../language/document-validator.js';
import { checkPortfolioSources, type CheckedPortfolio } from '../language/portfolio-check.js';
import { memberMatcher, parsePortfolioConfig, PORTFOLIO_DOCUMENT_NAME, PORTFOLIO_FILE_NAME, THRESHOLD_RULES, type PortfolioConfig } from '../language/portfolio-config.js';
import { optimiseForCompression, optimiseForInput } from '../node-flags.js';
import { VERSION } from '../version.js';
import { EXIT_ERRORS, EXIT_INCOMPLETE, EXIT_OK, type CliIo } from './cli-io.js';
import { cliMessage, type CliMessage } from './cli-messages.js';
import { ConfigResolver } from './config-file.js';
import { placeOutput, Refusal, refuseUnsafeOutput, writeDocument } from './generate-command.js';
import { collectPlanFiles, displayPath, readPlanSources, type FileProblem, type PlanFile } from './plan-files.js';
import { sortDiagnostics, summarise, toReported, type FileReport, type PlanSource, type Summary } from './plan-report.js';
import { renderJson } from './reporters/json.js';
import { renderSarif } from './reporters/sarif.js';
import { renderText } from './reporters/text.js';

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
    const format = typeof options.format === 'string' ? options.format : 'text';
    let outPath: string | undefined;
    if (isDocumentFormat(format)) {
        try {
            const folder = path.resolve(folderGiven);
            outPath = placeOutput(folder, `${PORTFOLIO_DOCUMENT_NAME}${FORMAT_EXTENSIONS[format]}`, typeof options.out === 'string' ? options.out : undefined);
            refuseUnsafeOutput(path.join(folder, PORTFOLIO_FILE_NAME), outPath);
        } catch (error) {
            if (error instanceof Refusal) {
                say(error.key, error.args);
                return EXIT_INCOMPLETE;
            }
            throw error;
        }
    }
    // Started before the plans are checked, so that they are ready to draw when the document is.
    const figures = outPath && isDocumentFormat(format) && drawsFigures(format) ? await FigureProcess.start() : undefined;
    try {
        return await reportPortfolio(folderGiven, format, outPath, options, locale, io, figures?.rasterize);
    } finally {
        figures?.close();
    }
}

/** Checks the portfolio and writes its document to `outPath`, or prints its findings in `format`. */
async function reportPortfolio(folderGiven: string, format: string, outPath: string | undefined, options: Readonly<Record<string, string | true>>, locale: Locale, io: CliIo, rasterize: FigureRasterizer | undefined): Promise<number> {
    const say = (key: CliMessage, args: Record<string, string | number> = {}) => io.stderr(`cplan: ${cliMessage(key, locale, args)}`);
    const examined = await examinePortfolio(folderGiven, typeof options.config === 'string' ? options.config : undefined, locale);
    if ('problem' in examined) {
        say(examined.problem.key, examined.problem.args);
        return EXIT_INCOMPLETE;
    }
    for (const problem of examined.problems) {
        say(problem.message, problem.args);
    }
    const incomplete = examined.problems.length > 0;

    if (outPath && isDocumentFormat(format)) {
        const broken = examined.sources.filter((_, index) => !examined.checked.analysis.members[index].compared);
        for (const source of broken) {
            say('portfolioSyntaxMember', { path: source.displayPath });
        }
        if (drawsFigures(format)) {
            optimiseForCompression();
        }
        try {
            await writeDocument(outPath, await renderDocument(portfolioDocumentModel(examined, locale), format, { rasterize }));
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

    const { text, summary } = portfolioFindings(examined, format, locale, io.colour);
    io.stdout(text);
    if (incomplete) {
        return EXIT_INCOMPLETE;
    }
    return summary.errors > 0 ? EXIT_ERRORS : EXIT_OK;
}

/** A portfolio read and checked: its file, its member plans, what could not be read, and the check. */
export interface ExaminedPortfolio {
    readonly config: PortfolioConfig;
    /** Every member plan found, readable or not. */
    readonly files: readonly PlanFile[];
    /** The members that could be read, in the order of `files`. */
    readonly sources: readonly PlanSource[];
    readonly problems: readonly FileProblem[];
    readonly checked: CheckedPortfolio;
    readonly services: ClusterPlanCoreServices;
}

/**
 * Reads `cplan.portfolio.json` in a folder and its member plans, checks each as `check` does
 * (with its own `cplan.config.json`, or `configPath` for all) and then the portfolio rules.
 * The folder is taken relative to `base` and plans are named below it as given.
 */
export async function examinePortfolio(folderGiven: string, configPath: string | undefined, locale: Locale, base = process.cwd()): Promise<ExaminedPortfolio | { readonly problem: Problem }> {
    const folder = path.resolve(base, folderGiven);
    const configShown = path.join(folderGiven, PORTFOLIO_FILE_NAME);
    const config = readPortfolioConfig(folder, configShown);
    if ('problem' in config) {
        return config;
    }
    const problems: FileProblem[] = [];
    const isMember = memberMatcher(config);
    const files = collectPlanFiles([folderGiven], problems, [], base)
        .filter(file => isMember(path.relative(folder, file.absolutePath).split(path.sep).join('/')));
    if (files.length === 0) {
        return { problem: { key: 'portfolioNoMembers', args: { path: configShown, members: config.members.join(', ') } } };
    }
    const sources = readPlanSources(files, problems);
    optimiseForInput(sources.reduce((bytes, source) => bytes + source.text.length, 0));
    const services = createClusterPlanCoreServices(EmptyFileSystem).ClusterPlan;
    services.plan.Settings.locale = locale;
    const configs = new ConfigResolver(configPath);
    const withSettings = await Promise.all(sources.map(async source => ({ ...source, severities: await configs.severitiesFor(source.absolutePath) })));
    const checked = await checkPortfolioSources(services, withSettings, config.thresholds);
    return { config, files, sources, problems, checked, services };
}

/** The findings of a checked portfolio in one of `check`'s formats, with their summary. */
export function portfolioFindings(examined: ExaminedPortfolio, format: string, locale: Locale, colour: boolean): { text: string; summary: Summary } {
    const { sources, checked, config } = examined;
    const reports = portfolioReports(examined.services.validation.DocumentValidator as PlanDocumentValidator, sources, checked);
    const summary = summarise(reports);
    switch (format) {
        case 'json':
            return {
                summary,
                text: renderJson(reports, summary, {
                    title: config.title,
                    plans: checked.analysis.members.map((member, index) => ({ path: sources[index].displayPath, label: member.label, compared: member.compared }))
                })
            };
        case 'sarif':
            return { summary, text: renderSarif(reports, locale, VERSION) };
        default:
            return { summary, text: renderText(reports, summary, locale, colour) };
    }
}

/** The portfolio document of a checked portfolio. */
export function portfolioDocumentModel(examined: ExaminedPortfolio, locale: Locale): PlanDocumentModel {
    const { checked, sources } = examined;
    return buildPortfolioModel({
        title: examined.config.title,
        thresholds: examined.config.thresholds,
        locale,
        portfolio: checked.analysis,
        members: examined.files.map(file => {
            const index = sources.findIndex(source => source.absolutePath === file.absolutePath);
            return index < 0
                ? { path: file.displayPath }
                : { path: file.displayPath, document: checked.documents[index], analysis: examined.services.plan.AnalysisCache.analysisOf(checked.documents[index]) };
        })
    });
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

/** Why a portfolio could not be examined at all, as a command-line message. */
interface Problem {
    readonly key: CliMessage;
    readonly args: Record<string, string | number>;
}

type ConfigResult = PortfolioConfig | { readonly problem: Problem };

function readPortfolioConfig(folder: string, shown: string): ConfigResult {
    const info = statOf(folder);
    if (!info) {
        return { problem: { key: 'noSuchPath', args: { path: path.dirname(shown) } } };
    }
    if (!info.isDirectory()) {
        return { problem: { key: 'portfolioNotFolder', args: { path: path.dirname(shown) } } };
    }
    let text: string;
    try {
        text = readFileSync(path.join(folder, PORTFOLIO_FILE_NAME), 'utf8');
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
