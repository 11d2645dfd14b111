import { readFileSync } from 'node:fs';
import { EmptyFileSystem } from 'langium';
import type { Locale } from '../analysis/locale.js';
import { writeFileAtomically } from '../document/write-atomically.js';
import type { KeywordSpelling } from '../grammar/keyword-spellings.js';
import { createClusterPlanCoreServices } from '../language/cluster-plan-module.js';
import { applyRespellings, convertKeywords } from '../language/keyword-conversion.js';
import { EXIT_ERRORS, EXIT_INCOMPLETE, EXIT_OK, type CliIo } from './cli-io.js';
import { cliMessage, type CliMessage } from './cli-messages.js';
import { collectPlanFiles, readPlanSources, type FileProblem } from './plan-files.js';

const BYTE_ORDER_MARK = '\uFEFF';

/**
 * `cplan convert --keywords ko|en [--check] PATH ...`: writes every keyword of the plans in
 * one spelling (korean.md (b)) and touches nothing else — names, even those spelled like
 * keywords, strings, comments, money units, `~` and spacing stay byte for byte, so that a
 * round trip gives the file back. A plan with a syntax error is left as it is. Each file is
 * replaced atomically; one already in the spelling is not written at all. With `--check`
 * nothing is written: the files not yet in the spelling are listed and the exit status is 1.
 */
export async function runConvert(positionals: readonly string[], options: Readonly<Record<string, string | true>>, locale: Locale, io: CliIo): Promise<number> {
    const say = (key: CliMessage, args: Record<string, string | number> = {}) => io.stderr(`cplan: ${cliMessage(key, locale, args)}`);
    const spelling = options.keywords as KeywordSpelling | undefined;
    if (spelling === undefined || positionals.length === 0) {
        say('convertUsage');
        return EXIT_INCOMPLETE;
    }
    const problems: FileProblem[] = [];
    const emptyFolders: string[] = [];
    const sources = await readPlanSources(await collectPlanFiles(positionals, problems, emptyFolders), problems);
    for (const problem of problems) {
        say(problem.message, problem.args);
    }
    for (const folder of emptyFolders) {
        say('noPlans', { path: folder });
    }
    let incomplete = problems.length > 0;
    let notInSpelling = 0;
    const { ClusterPlan } = createClusterPlanCoreServices(EmptyFileSystem);
    const spellingName = cliMessage(spelling === 'ko' ? 'koreanKeywords' : 'englishKeywords', locale);
    for (const source of sources) {
        const conversion = convertKeywords(ClusterPlan.parser.LangiumParser, source.text, spelling);
        if ('syntaxErrorCount' in conversion) {
            say('convertSyntax', { path: source.displayPath, count: conversion.syntaxErrorCount });
            incomplete = true;
            continue;
        }
        const { respellings } = conversion;
        if (respellings.length === 0) {
            continue;
        }
        if (options.check) {
            notInSpelling++;
            io.stdout(cliMessage('notInSpelling', locale, { path: source.displayPath, count: respellings.length, spelling: spellingName }));
            continue;
        }
        // The reader drops a byte-order mark; the file keeps it.
        const bom = readFileSync(source.absolutePath, 'utf8').startsWith(BYTE_ORDER_MARK) ? BYTE_ORDER_MARK : '';
        try {
            await writeFileAtomically(source.absolutePath, bom + applyRespellings(source.text, respellings));
        } catch (error) {
            say('cannotConvert', { path: source.displayPath, reason: (error as NodeJS.ErrnoException).code ?? String(error) });
            incomplete = true;
            continue;
        }
        io.stdout(cliMessage('converted', locale, { path: source.displayPath, count: respellings.length, spelling: spellingName }));
    }
    return incomplete ? EXIT_INCOMPLETE : notInSpelling > 0 ? EXIT_ERRORS : EXIT_OK;
}
