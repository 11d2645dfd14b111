import {
    Alternation, Alternative, NonTerminal, Option, Repetition, RepetitionMandatory, RepetitionMandatoryWithSeparator,
    RepetitionWithSeparator, Rule, Terminal, type IProduction, type TokenType
} from 'chevrotain';

/**
 * Chevrotain learns a parser's grammar by running every rule once in a recording mode, which
 * builds the productions (GAST) that its lookahead and error recovery are computed from: about
 * half of finishing the plan parser, and building the parser is a large part of the start of
 * `cplan`. The productions depend on the grammar only, so the build records them once
 * (src/grammar/recorded-productions.ts, written and checked as the other generated files) and
 * every parser is built from that record.
 */

const PRODUCTION_KINDS = {
    Alternation, Alternative, NonTerminal, Option, Repetition, RepetitionMandatory, RepetitionMandatoryWithSeparator,
    RepetitionWithSeparator, Rule, Terminal
} as const;
type ProductionKind = keyof typeof PRODUCTION_KINDS;

/** Fields of a production that hold a token type: stored by the token's name. */
const TOKEN_FIELDS: ReadonlySet<string> = new Set(['terminalType', 'separator']);

type StoredFields = Readonly<Record<string, string | number | boolean>>;

/** A production as stored: its kind, the fields in which it differs from its kind's defaults, its children. */
export type StoredProduction = readonly [kind: ProductionKind, fields?: StoredFields, definition?: readonly StoredProduction[]];

/** The productions of every rule, in the order the parser defines its rules. */
export type RecordedProductions = readonly StoredProduction[];

export function storeProductions(rules: readonly Rule[]): RecordedProductions {
    return rules.map(store);
}

function store(production: IProduction): StoredProduction {
    const kind = (Object.keys(PRODUCTION_KINDS) as ProductionKind[])
        .find(name => Object.getPrototypeOf(production) === PRODUCTION_KINDS[name].prototype);
    if (!kind) {
        throw new Error(`a production of an unknown kind: ${String(production.constructor?.name)}`);
    }
    const defaults = new PRODUCTION_KINDS[kind]({ definition: [] } as never) as unknown as Record<string, unknown>;
    const fields: Record<string, string | number | boolean> = {};
    for (const [key, value] of Object.entries(production)) {
        if (TOKEN_FIELDS.has(key)) {
            fields[key] = (value as TokenType).name;
        } else if (key !== '_definition' && key !== 'referencedRule' && value !== undefined && value !== defaults[key]) {
            fields[key] = value as string | number | boolean;
        }
    }
    const definition = production instanceof NonTerminal || production instanceof Terminal ? [] : (production as Rule).definition.map(store);
    return definition.length > 0 ? [kind, fields, definition] : Object.keys(fields).length > 0 ? [kind, fields] : [kind];
}

/** The productions rebuilt with the parser's own token types; undefined when one names a token the parser does not have. */
export function restoreProductions(recorded: RecordedProductions, tokens: Readonly<Record<string, TokenType>>): Rule[] | undefined {
    try {
        return recorded.map(rule => restore(rule, tokens) as Rule);
    } catch {
        return undefined;
    }
}

function restore([kind, fields = {}, definition = []]: StoredProduction, tokens: Readonly<Record<string, TokenType>>): IProduction {
    const options: Record<string, unknown> = { ...fields };
    for (const key of Object.keys(fields).filter(field => TOKEN_FIELDS.has(field))) {
        options[key] = tokens[fields[key] as string] ?? missingToken(fields[key]);
    }
    if (kind !== 'Terminal') {
        options.definition = definition.map(child => restore(child, tokens));
    }
    return new PRODUCTION_KINDS[kind](options as never);
}

function missingToken(name: unknown): never {
    throw new Error(`no token ${String(name)}`);
}
