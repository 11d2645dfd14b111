import { existsSync } from 'node:fs';
import { closestMatch } from '../analysis/edit-distance.js';

/** A parsed command line: the command, its positional arguments and its `--flag value` options. */
export interface ParsedArgs {
    readonly command?: string;
    readonly positionals: readonly string[];
    readonly options: Readonly<Record<string, string | true>>;
}

export class UsageError extends Error {
    constructor(
        readonly key: 'unknownOption' | 'unknownOptionNear' | 'missingValue' | 'badValue' | 'unknownCommand' | 'unknownCommandNear' | 'commandIsPath',
        readonly args: Record<string, string>
    ) {
        super(key);
    }
}

/** How far a mistyped command or option may be from the one suggested (`chek` → `check`, `--fromat` → `--format`). */
const SUGGESTION_DISTANCE = 2;

/**
 * The error for a command word that is none of `commands`: a plan or a folder given without a
 * command (`cplan plan.cplan`) is shown how to check it, a mistyped command the nearest one.
 */
export function unknownCommand(command: string, commands: Iterable<string>): UsageError {
    if (/\.cplan$/i.test(command) || existsSync(command)) {
        return new UsageError('commandIsPath', { path: command });
    }
    const suggestion = closestMatch(command, commands, SUGGESTION_DISTANCE);
    return suggestion ? new UsageError('unknownCommandNear', { command, suggestion }) : new UsageError('unknownCommand', { command });
}

function unknownOption(option: string, name: string, spec: Readonly<Record<string, OptionSpec>>): UsageError {
    const suggestion = option.startsWith('--') ? closestMatch(name, Object.keys(spec), SUGGESTION_DISTANCE) : undefined;
    return suggestion ? new UsageError('unknownOptionNear', { option, suggestion: `--${suggestion}` }) : new UsageError('unknownOption', { option });
}

export interface OptionSpec {
    /** Allowed values, or `string` for any value, or `flag` for an option without a value. */
    readonly values: readonly string[] | 'string' | 'flag';
}

/** Parses `cplan <command> [args] [--option value | --option=value]`; `--` ends the options. */
export function parseArgs(argv: readonly string[], spec: Readonly<Record<string, OptionSpec>>): ParsedArgs {
    const positionals: string[] = [];
    const options: Record<string, string | true> = {};
    let command: string | undefined;
    let onlyPositionals = false;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (onlyPositionals || !arg.startsWith('-') || arg === '-') {
            if (command === undefined && positionals.length === 0 && !onlyPositionals && !arg.startsWith('-')) {
                command = arg;
            } else {
                positionals.push(arg);
            }
            continue;
        }
        if (arg === '--') {
            onlyPositionals = true;
            continue;
        }
        const [name, inlineValue] = splitOption(arg);
        const option = spec[name];
        if (!option) {
            throw unknownOption(arg, name, spec);
        }
        if (option.values === 'flag') {
            options[name] = true;
            continue;
        }
        const value = inlineValue ?? argv[++i];
        if (value === undefined || (inlineValue === undefined && value.startsWith('--'))) {
            throw new UsageError('missingValue', { option: `--${name}` });
        }
        if (Array.isArray(option.values) && !option.values.includes(value)) {
            throw new UsageError('badValue', { option: `--${name}`, value, allowed: option.values.join(', ') });
        }
        options[name] = value;
    }
    return { command, positionals, options };
}

/**
 * The command word, found before the command's own options are known: the first argument
 * that is neither an option nor the value of one (`cplan --lang en check` runs `check`).
 */
export function findCommand(argv: readonly string[], spec: Readonly<Record<string, OptionSpec>>): string | undefined {
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            return undefined;
        }
        if (!arg.startsWith('-') || arg === '-') {
            return arg;
        }
        const [name, inlineValue] = splitOption(arg);
        if (inlineValue === undefined && spec[name] !== undefined && spec[name].values !== 'flag') {
            i++;
        }
    }
    return undefined;
}

function splitOption(arg: string): [string, string | undefined] {
    const body = arg.replace(/^--?/, '');
    const shortNames: Record<string, string> = { h: 'help', v: 'version', f: 'format', o: 'out' };
    const equals = body.indexOf('=');
    const name = equals >= 0 ? body.slice(0, equals) : body;
    const value = equals >= 0 ? body.slice(equals + 1) : undefined;
    return [arg.startsWith('--') ? name : shortNames[name] ?? `-${name}`, value];
}
