import * as path from 'node:path';
import { runWithCodeCache } from './code-cache.js';
import { documentFormatAsked, startFigureProcessEarly } from './document/render/figure-process.js';
import { setCommandFlags } from './node-flags.js';

/**
 * The `cplan` executable, kept small so that Node compiles next to nothing before the command
 * runs: it sets V8's flags for the command, starts the process that draws the figures of a
 * DOCX or HWPX document, then runs the command (out/cli-main.cjs) from the code cache of an
 * earlier run. Runs that check plans or write documents write that cache; the others only
 * read it.
 */
setCommandFlags();
startFigureProcessEarly(process.argv.slice(2));
// The commands that write documents use a cache of their own, which starts from the check's.
const writesDocuments = process.argv.includes('generate') || documentFormatAsked(process.argv) !== undefined;
runWithCodeCache(path.join(__dirname, 'cli-main.cjs'), {
    contentKey: process.env.CPLAN_CLI_MAIN_HASH ?? 'dev',
    kind: writesDocuments ? 'document' : 'check',
    standIn: writesDocuments ? 'check' : undefined,
    mayWrite: writesDocuments || process.argv.includes('check')
});
