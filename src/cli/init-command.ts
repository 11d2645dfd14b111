import type { Locale } from '../analysis/locale.js';
import type { KeywordSpelling } from '../grammar/keyword-spellings.js';
import { NewPlanRefusal } from '../new-plan/plan-file-name.js';
import { newPlanPath, writeNewPlan } from '../new-plan/plan-file.js';
import { planSkeleton } from '../new-plan/skeleton.js';
import { EXIT_INCOMPLETE, EXIT_OK, type CliIo } from './cli-io.js';
import { cliMessage, type CliMessage } from './cli-messages.js';
import { displayPath } from './plan-files.js';

const REFUSALS: Record<NewPlanRefusal['reason'], CliMessage> = {
    exists: 'initExists',
    notPlanFile: 'initNotPlanFile',
    cannotWrite: 'initCannotWrite'
};

/**
 * `cplan init [FILE] [--region TEXT] [--keywords ko|en] [--lang ko|en]`: writes the skeleton
 * of a new plan (`plan.cplan` when FILE is a folder or not given) in the language of `--lang`,
 * its keywords spelled as `--keywords` says (by default in that language, as the editor's
 * "New plan" writes them in the editor's), and prints
 * the path written. The choices the editor's "New plan" asks for are left open in it, as
 * commented lines. It never writes over an existing file.
 */
export async function runInit(positionals: readonly string[], options: Readonly<Record<string, string | true>>, locale: Locale, io: CliIo): Promise<number> {
    if (positionals.length > 1) {
        io.stderr(`cplan: ${cliMessage('initTakesOneFile', locale)}`);
        return EXIT_INCOMPLETE;
    }
    const file = await newPlanPath(positionals[0], process.cwd());
    const region = typeof options.region === 'string' ? options.region : undefined;
    try {
        await writeNewPlan(file, planSkeleton({ region }, { locale, keywords: (options.keywords as KeywordSpelling | undefined) ?? locale }));
    } catch (error) {
        if (error instanceof NewPlanRefusal) {
            io.stderr(`cplan: ${cliMessage(REFUSALS[error.reason], locale, { path: displayPath(error.file), reason: error.detail })}`);
            return EXIT_INCOMPLETE;
        }
        throw error;
    }
    io.stdout(displayPath(file));
    return EXIT_OK;
}
