import { DOCUMENT_FORMATS } from '../document/formats.js';
import { findCommand, type OptionSpec } from './args.js';

/**
 * The commands of `cplan` and their options, without what they do: the start-up file reads a
 * command line with them to choose the bundle that runs it, and the bundles parse it with them.
 */

export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
    lang: { values: ['ko', 'en'] },
    help: { values: 'flag' },
    version: { values: 'flag' }
};

/** The formats of `cplan portfolio`: the findings, as `check` reports them, or the portfolio document. */
export const PORTFOLIO_FORMATS = ['text', 'json', 'sarif', ...DOCUMENT_FORMATS] as const;

export const COMMAND_OPTIONS = {
    check: { format: { values: ['text', 'json', 'sarif'] }, config: { values: 'string' } },
    generate: { format: { values: DOCUMENT_FORMATS }, out: { values: 'string' }, config: { values: 'string' } },
    init: { region: { values: 'string' }, keywords: { values: ['ko', 'en'] } },
    portfolio: { format: { values: PORTFOLIO_FORMATS }, out: { values: 'string' }, config: { values: 'string' } },
    convert: { keywords: { values: ['ko', 'en'] }, check: { values: 'flag' } },
    rules: { format: { values: ['md', 'json'] } }
} as const satisfies Record<string, Record<string, OptionSpec>>;

export type CommandName = keyof typeof COMMAND_OPTIONS;

export const isCommandName = (word: string | undefined): word is CommandName => word !== undefined && Object.hasOwn(COMMAND_OPTIONS, word);

/** The command word of a command line (`check` in `cplan --lang en check plans`), if it has one. */
export function commandWord(argv: readonly string[]): string | undefined {
    return findCommand(argv, Object.assign({}, COMMON_OPTIONS, ...Object.values(COMMAND_OPTIONS)));
}

/**
 * `cplan` is two bundles, so that a check, which linters and hooks run most often, loads no
 * code for writing documents: out/cli-write.cjs runs the commands that write files, and
 * out/cli-check.cjs everything else (`check`, `rules`, help, the version and mistyped commands).
 */
export const WRITING_COMMANDS = ['generate', 'portfolio', 'init', 'convert'] as const satisfies readonly CommandName[];
export type WritingCommand = typeof WRITING_COMMANDS[number];
export type CheckingCommand = Exclude<CommandName, WritingCommand>;

export const writesFiles = (argv: readonly string[]): boolean => (WRITING_COMMANDS as readonly (string | undefined)[]).includes(commandWord(argv));
