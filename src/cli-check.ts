import { CHECK_BUNDLE_COMMANDS } from './cli/check-bundle-commands.js';
import { runCplanProcess } from './cli/run-process.js';

/** out/cli-check.cjs: `check`, `rules`, help and usage errors (src/cli/commands.ts); started by src/cli.ts. */
runCplanProcess(CHECK_BUNDLE_COMMANDS);
