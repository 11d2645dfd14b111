/** A parsed command line: the command, its positional arguments and its `--flag value` options. */
export interface ParsedArgs {
    readonly command?: string;
    readonly positionals: readonly string[];
    readonly options: Readonly<Record<string, string | true>>;
}

export class UsageError extends Error {
    constructor(readonly key: 'unknownOption' | 'missingValue' | 'badValue' | 'unknownCommand', readonly args: Record<string, string>) {
        super(key);
    }
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
            throw new UsageError('unknownOption', { option: arg });
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
