import { EmptyFileSystem, URI } from 'langium';
import * as path from 'node:path';
import type { Locale } from '../analysis/locale.js';
import { statOf, unsafeDocumentTarget, type UnsafeDocumentTarget } from '../document/file-status.js';
import { drawsFigures, FORMAT_EXTENSIONS, type DocumentFormat } from '../document/formats.js';
import { planDocumentModel, renderDocument } from '../document/plan-document.js';
import { FigureProcess } from '../document/render/figure-process.js';
import { writeFileAtomically } from '../document/write-atomically.js';
import { createClusterPlanCoreServices } from '../language/cluster-plan-module.js';
import { optimiseForCompression, optimiseForInput } from '../node-flags.js';
import { EXIT_ERRORS, EXIT_INCOMPLETE, EXIT_OK, type CliIo } from './cli-io.js';
import { cliMessage, type CliMessage } from './cli-messages.js';
import { ConfigResolver } from './config-file.js';
import { displayPath, readPlanFile } from './plan-files.js';

/** A write `generate` (and `portfolio`) will not do, with the message that says why. */
export class Refusal extends Error {
    constructor(readonly key: CliMessage, readonly args: Record<string, string | number>) {
        super(key);
    }
}

/**
 * `cplan generate FILE [--format html|md|docx|hwpx] [--out PATH] [--lang ko|en] [--config FILE]`: writes the plan
 * document next to the plan (or to `--out`) and prints the path written. It never writes
 * over its input or any `.cplan` file, and never leaves a half-written document behind.
 */
export async function runGenerate(positionals: readonly string[], options: Readonly<Record<string, string | true>>, locale: Locale, io: CliIo, languageGiven: boolean): Promise<number> {
    const say = (key: CliMessage, args: Record<string, string | number>) => io.stderr(`cplan: ${cliMessage(key, locale, args)}`);
    if (positionals.length !== 1) {
        say('generateNeedsOneFile', {});
        return EXIT_INCOMPLETE;
    }
    const input = positionals[0];
    const format = (typeof options.format === 'string' ? options.format : 'html') as DocumentFormat;
    let figures: FigureProcess | undefined;
    try {
        const inputPath = path.resolve(input);
        const outPath = outputPath(inputPath, typeof options.out === 'string' ? options.out : undefined, format);
        refuseUnsafeOutput(inputPath, outPath);

        figures = drawsFigures(format) ? await FigureProcess.start() : undefined;
        const read = readPlanFile({ displayPath: input, absolutePath: inputPath });
        if ('problem' in read) {
            say(read.problem.message, read.problem.args);
            return EXIT_INCOMPLETE;
        }
        optimiseForInput(read.text.length);
        const { ClusterPlan } = createClusterPlanCoreServices(EmptyFileSystem);
        ClusterPlan.plan.Settings.locale = locale;
        // The document scores the rules as `cplan check` does: with the plan's own rule settings.
        ClusterPlan.plan.Settings.severities = await new ConfigResolver(typeof options.config === 'string' ? options.config : undefined).severitiesFor(inputPath);
        const result = await planDocumentModel(ClusterPlan, read.text, URI.file(inputPath), languageGiven ? locale : undefined);
        if ('syntaxErrors' in result) {
            say('syntaxRefused', { path: input, count: result.syntaxErrors.length });
            for (const error of result.syntaxErrors) {
                io.stderr(`${input}:${error.range.start.line + 1}:${error.range.start.character + 1}  ${error.message}  [syntax]`);
            }
            return EXIT_ERRORS;
        }
        if (drawsFigures(format)) {
            optimiseForCompression();
        }
        await writeDocument(outPath, await renderDocument(result.model, format, { rasterize: figures?.rasterize }));
        io.stdout(displayPath(outPath));
        return EXIT_OK;
    } catch (error) {
        if (error instanceof Refusal) {
            say(error.key, error.args);
            return EXIT_INCOMPLETE;
        }
        throw error;
    } finally {
        figures?.close();
    }
}

/** `--out`, or the input with the format's extension; an existing folder as `--out` gets the default name inside it. */
function outputPath(inputPath: string, out: string | undefined, format: DocumentFormat): string {
    return placeOutput(path.dirname(inputPath), `${path.basename(inputPath, path.extname(inputPath))}${FORMAT_EXTENSIONS[format]}`, out);
}

/** `--out`, or `defaultName` in `defaultFolder`; an existing folder as `--out` gets the default name inside it. */
export function placeOutput(defaultFolder: string, defaultName: string, out: string | undefined): string {
    if (out === undefined) {
        return path.join(defaultFolder, defaultName);
    }
    const resolved = path.resolve(out);
    const info = statOf(resolved);
    const namesFolder = info?.isDirectory() || /[\\/]$/.test(out);
    return namesFolder ? path.join(resolved, defaultName) : resolved;
}

/** Refuses an output path a document must not be written at (`unsafeDocumentTarget`), in the command's words. */
export function refuseUnsafeOutput(inputPath: string, outPath: string): void {
    const problem = unsafeDocumentTarget(outPath, inputPath);
    if (problem) {
        throw new Refusal(REFUSALS[problem], { path: displayPath(outPath) });
    }
}

const REFUSALS: Record<UnsafeDocumentTarget, CliMessage> = { isInput: 'outIsInput', isPlan: 'outIsPlan', notRegularFile: 'outNotRegularFile' };

export async function writeDocument(target: string, content: string | Uint8Array): Promise<void> {
    try {
        await writeFileAtomically(target, content);
    } catch (error) {
        throw new Refusal('cannotWrite', { path: displayPath(target), reason: (error as NodeJS.ErrnoException).code ?? String(error) });
    }
}
