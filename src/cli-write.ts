import { WRITE_BUNDLE_COMMANDS } from './cli/write-bundle-commands.js';
import { runCplanProcess } from './cli/run-process.js';

/** out/cli-write.cjs: the commands that write files (src/cli/commands.ts); started by src/cli.ts. */
runCplanProcess(WRITE_BUNDLE_COMMANDS);
