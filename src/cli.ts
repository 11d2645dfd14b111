import { join } from 'node:path';
import { writesFiles } from './cli/commands.js';
import { runWithCodeCache } from './code-cache.js';
import { documentFormatAsked, startFigureProcessEarly } from './document/render/figure-process.js';
import { setCommandFlags } from './node-flags.js';

/**
 * The `cplan` executable, kept small so that Node compiles next to nothing before the command
 * runs: it sets V8's flags for the command, starts the process that draws the figures of a
 * DOCX or HWPX document, then runs the bundle that has the command (src/cli/commands.ts:
 * out/cli-check.cjs or out/cli-write.cjs) from the code cache of an earlier run. A check, a
 * `generate` and a portfolio document write their bundle's cache; other runs only read it.
 */
setCommandFlags();
const argv = process.argv.slice(2);
startFigureProcessEarly(argv);
if (writesFiles(argv)) {
    runWithCodeCache(join(__dirname, 'cli-write.cjs'), {
        contentKey: process.env.CPLAN_CLI_WRITE_HASH ?? 'dev',
        mayWrite: argv.includes('generate') || documentFormatAsked(argv) !== undefined,
        require
    });
} else {
    runWithCodeCache(join(__dirname, 'cli-check.cjs'), {
        contentKey: process.env.CPLAN_CLI_CHECK_HASH ?? 'dev',
        mayWrite: argv.includes('check'),
        require
    });
}
