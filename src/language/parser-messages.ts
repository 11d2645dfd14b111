import type { IToken, TokenType } from 'chevrotain';
import { GrammarAST, LangiumParserErrorMessageProvider, type Grammar } from 'langium';
import type { MessageArgs } from '../analysis/findings.js';
import { spellingsOf } from '../grammar/keyword-spellings.js';

/** A parse error as the `syntax` rule words it: one of its messages and the arguments. */
export interface SyntaxMessage {
    readonly message: 'mismatch' | 'trailing' | 'endOfInput';
    readonly args: MessageArgs;
    /** The keywords that could stand where the error is, each in all its spellings: what a typo is compared with. */
    readonly keywords?: readonly string[];
    /** The clause the error is in, when it is a one-line clause: its keyword and an example of it. */
    readonly clause?: { readonly keyword: string; readonly example: string };
}

/**
 * Chevrotain reports a parse error as a string. This provider writes that string as a
 * `SyntaxMessage` in JSON, which `syntaxFindings` reads back, so that the error is worded in
 * the reader's language where every other finding is, not when the text is parsed. It adds
 * what the grammar allowed at that point: the keywords a misspelt word is compared with, and
 * the clause whose value is wrong.
 */
export class PlanParserErrorMessages extends LangiumParserErrorMessageProvider {
    private readonly grammar: PlanGrammarIndex;

    constructor(grammar: Grammar) {
        super();
        this.grammar = new PlanGrammarIndex(grammar);
    }

    override buildMismatchTokenMessage({ expected, actual, ruleName }: { expected: TokenType; actual: IToken; ruleName: string }): string {
        return this.expectedButFound([expected], actual, ruleName);
    }

    override buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken }): string {
        return encode({ message: 'trailing', args: { actual: tokenText(firstRedundant) } });
    }

    override buildNoViableAltMessage({ expectedPathsPerAlt, actual, ruleName }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; ruleName: string }): string {
        return this.expectedButFound(expectedPathsPerAlt.flatMap(paths => paths.map(path => path[0])), actual[0], ruleName);
    }

    override buildEarlyExitMessage({ expectedIterationPaths, actual, ruleName }: { expectedIterationPaths: TokenType[][]; actual: IToken[]; ruleName: string }): string {
        return this.expectedButFound(expectedIterationPaths.map(path => path[0]), actual[0], ruleName);
    }

    private expectedButFound(expected: ReadonlyArray<TokenType | undefined>, actual: IToken | undefined, parserRuleName: string): string {
        // Langium gives Chevrotain its rule names with a zero-width space appended.
        const ruleName = parserRuleName.replace(/\u200B+$/, '');
        const names = [...new Set(expected.flatMap(token => token ? [token.name] : []))];
        const tokens = { tokens: names };
        if (!actual || actual.tokenType?.name === 'EOF') {
            return encode({ message: 'endOfInput', args: { expected: tokens } });
        }
        // Where a block may go on (`… }` expected), an item of the block could also have stood there.
        const keywords = [...new Set([...names.filter(name => this.grammar.isKeyword(name)), ...this.grammar.itemKeywords(ruleName)])];
        const clauseKeyword = this.grammar.clauseKeyword(ruleName);
        const clause = clauseKeyword ? { keyword: clauseKeyword, example: this.grammar.example(ruleName) } : undefined;
        return encode({
            message: 'mismatch',
            args: { expected: tokens, actual: tokenText(actual) },
            // Every keyword is compared with a mistyped word in both its spellings (`horizn`, `계획기관`).
            keywords: keywords.flatMap(spellingsOf),
            ...clause ? { clause } : {}
        });
    }
}

/** What the parser messages read from the grammar: keywords, and the keywords each rule and each rule's repeated items start with. */
class PlanGrammarIndex {
    private readonly rules: ReadonlyMap<string, GrammarAST.ParserRule>;
    private readonly keywords = new Set<string>();
    private readonly firstCache = new Map<GrammarAST.ParserRule, ReadonlySet<string>>();

    constructor(grammar: Grammar) {
        this.rules = new Map(grammar.rules.filter(GrammarAST.isParserRule).map(rule => [rule.name, rule]));
        for (const rule of this.rules.values()) {
            for (const keyword of streamKeywords(rule.definition)) {
                this.keywords.add(keyword);
            }
        }
    }

    isKeyword(tokenName: string): boolean {
        return this.keywords.has(tokenName);
    }

    /** The keyword a one-line clause starts with (`region` for `RegionClause`); none for a rule with a block. */
    clauseKeyword(ruleName: string): string | undefined {
        const definition = this.rules.get(ruleName)?.definition;
        const first = GrammarAST.isGroup(definition) ? definition.elements[0] : undefined;
        const hasBlock = definition !== undefined && [...streamKeywords(definition)].includes('{');
        return GrammarAST.isKeyword(first) && !hasBlock ? first.value : undefined;
    }

    /** The keywords that start an item of a repeated part (`items+=PlanItem*`) of a rule. */
    itemKeywords(ruleName: string): string[] {
        const rule = this.rules.get(ruleName);
        const found: string[] = [];
        const visit = (element: GrammarAST.AbstractElement): void => {
            if (element.cardinality === '*' || element.cardinality === '+') {
                found.push(...this.firstKeywords(element));
            }
            if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element)) {
                element.elements.forEach(visit);
            }
        };
        if (rule) {
            visit(rule.definition);
        }
        return found;
    }

    /** A clause as it is written, its values sampled (`horizon 2026 to 2035`, `region "…"`). */
    example(ruleName: string): string {
        const rule = this.rules.get(ruleName);
        const words: string[] = [];
        const visit = (element: GrammarAST.AbstractElement, feature?: string): void => {
            if (element.cardinality === '?' || element.cardinality === '*' || GrammarAST.isAction(element)) {
                return;
            }
            if (GrammarAST.isKeyword(element)) {
                words.push(element.value);
            } else if (GrammarAST.isAssignment(element) && element.feature in SAMPLE_WORDS) {
                words.push(SAMPLE_WORDS[element.feature]);
            } else if (GrammarAST.isAssignment(element)) {
                visit(element.terminal, element.feature);
            } else if (GrammarAST.isCrossReference(element)) {
                words.push(element.type.ref?.name === 'Task' ? 'T1' : 'BioAgency');
            } else if (GrammarAST.isRuleCall(element)) {
                const called = element.rule.ref;
                if (GrammarAST.isTerminalRule(called)) {
                    words.push(called.name === 'STRING' ? '"…"' : String(SAMPLE_NUMBERS[feature ?? ''] ?? 1));
                } else if (GrammarAST.isParserRule(called)) {
                    visit(called.definition, feature);
                }
            } else if (GrammarAST.isAlternatives(element)) {
                visit(element.elements[0], feature);
            } else if (GrammarAST.isGroup(element)) {
                element.elements.forEach(part => visit(part, feature));
            }
        };
        if (rule) {
            visit(rule.definition);
        }
        return words.join(' ');
    }

    private firstKeywordsOfRule(rule: GrammarAST.ParserRule): ReadonlySet<string> {
        let first = this.firstCache.get(rule);
        if (!first) {
            this.firstCache.set(rule, new Set());
            first = new Set(this.firstKeywords(rule.definition));
            this.firstCache.set(rule, first);
        }
        return first;
    }

    /** The keywords an element may start with (a repeated list item from its first element on). */
    private firstKeywords(element: GrammarAST.AbstractElement): string[] {
        if (GrammarAST.isKeyword(element)) {
            return [element.value];
        }
        if (GrammarAST.isAssignment(element)) {
            return this.firstKeywords(element.terminal);
        }
        if (GrammarAST.isRuleCall(element)) {
            const rule = element.rule.ref;
            return GrammarAST.isParserRule(rule) ? [...this.firstKeywordsOfRule(rule)] : [];
        }
        if (GrammarAST.isAlternatives(element)) {
            return element.elements.flatMap(alternative => this.firstKeywords(alternative));
        }
        if (GrammarAST.isGroup(element)) {
            const found: string[] = [];
            for (const part of element.elements) {
                if (GrammarAST.isAction(part)) {
                    continue;
                }
                found.push(...this.firstKeywords(part));
                if (part.cardinality !== '?' && part.cardinality !== '*') {
                    break;
                }
            }
            return found;
        }
        return [];
    }
}

/** The numbers an example shows, by the property they stand for. */
const SAMPLE_NUMBERS: Readonly<Record<string, number>> = { start: 2026, end: 2035, amount: 50, count: 10 };

/** The words an example shows where the first of the choices is not the usual one. */
const SAMPLE_WORDS: Readonly<Record<string, string>> = { unit: '억원' };

function* streamKeywords(element: GrammarAST.AbstractElement): Generator<string> {
    if (GrammarAST.isKeyword(element)) {
        yield element.value;
    } else if (GrammarAST.isAssignment(element)) {
        yield* streamKeywords(element.terminal);
    } else if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
        for (const part of element.elements) {
            yield* streamKeywords(part);
        }
    }
}

const tokenText = (token: IToken) => `'${token.image}'`;

const encode = (message: SyntaxMessage) => JSON.stringify(message);

/** The message of a parse error, or none when it was not written by this provider. */
export function decodeSyntaxMessage(text: string): SyntaxMessage | undefined {
    try {
        const decoded = JSON.parse(text) as Partial<SyntaxMessage>;
        return typeof decoded.message === 'string' && typeof decoded.args === 'object' ? decoded as SyntaxMessage : undefined;
    } catch {
        return undefined;
    }
}
