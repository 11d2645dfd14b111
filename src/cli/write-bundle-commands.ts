import type { WritingCommand } from './commands.js';
import { runConvert } from './convert-command.js';
import { runGenerate } from './generate-command.js';
import { runInit } from './init-command.js';
import type { CommandRun } from './main.js';
import { runPortfolio } from './portfolio-command.js';

/** The commands of out/cli-write.cjs (src/cli/commands.ts). */
export const WRITE_BUNDLE_COMMANDS: Readonly<Record<WritingCommand, CommandRun>> = {
    generate: (positionals, options, locale, io) => runGenerate(positionals, options, locale, io, options.lang !== undefined),
    portfolio: runPortfolio,
    init: runInit,
    convert: runConvert
};
