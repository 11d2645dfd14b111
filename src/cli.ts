import * as path from 'node:path';
import { runWithCodeCache } from './code-cache.js';
import { startFigureProcessEarly } from './document/render/figure-process.js';
import { setCommandFlags } from './node-flags.js';

/**
 * The `cplan` executable, kept small so that Node compiles next to nothing before the command
 * runs: it sets V8's flags for the command, starts the process that draws the figures of a
 * DOCX or HWPX document, then runs the command (out/cli-main.cjs) from the code cache of an
 * earlier run. Runs that check or generate plans write that cache; the others
 * only read it.
 */
setCommandFlags();
startFigureProcessEarly(process.argv.slice(2));
runWithCodeCache(path.join(__dirname, 'cli-main.cjs'), {
    contentKey: process.env.CPLAN_CLI_MAIN_HASH ?? 'dev',
    mayWrite: process.argv.includes('check') || process.argv.includes('generate')
});
