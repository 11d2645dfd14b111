import { Lexer, tokenMatcher, type IToken, type TokenType, type TokenVocabulary } from 'chevrotain';
import { DefaultTokenBuilder, GrammarAST, type Grammar, type Lexer as LangiumLexer } from 'langium';
import type { ClusterPlanTerminalNames } from '../grammar/generated/ast.js';
import { spellingsOf } from '../grammar/keyword-spellings.js';

/** The terminal a name is written with. */
const NAME_TERMINAL: ClusterPlanTerminalNames = 'ID';

/** The terminal that stands, in `Name`, for every keyword a name may be spelled as. */
export const KEYWORD_AS_NAME: ClusterPlanTerminalNames = 'KEYWORD_AS_NAME';

/**
 * A keyword written as a word (`horizon`, `계획기간`, `억원`): the lexer reads it as a name,
 * then looks the name up among the spellings of these tokens (`PlanLexer`).
 */
export interface WordKeywordToken extends TokenType {
    /** How the keyword may be written: the keyword itself, then its Korean spelling if it has one. */
    readonly spellings: readonly string[];
}

export const isWordKeywordToken = (token: TokenType): token is WordKeywordToken => 'spellings' in token;

/**
 * The tokens of the language, built for a fast start: the lexer is built at every start of
 * `cplan`, and Chevrotain's lexer costs time and memory for every pattern it holds.
 *
 * Every keyword the name terminal matches (all but punctuation) has no pattern of its own
 * (`Lexer.NA`): the lexer finds a name, and `PlanLexer` turns it into the keyword whose
 * spelling it is. So the lexer holds a dozen patterns instead of one per keyword spelling
 * (320), a name is matched once instead of against every keyword starting with its letter,
 * and a word longer than a keyword (`planner`) stays a name, as the name terminal matches
 * it whole. Such keywords are also in the token category `KEYWORD_AS_NAME`, which is how
 * `Name` accepts names spelled like keywords. Punctuation keywords (`{`, `,`, `~`) keep
 * their patterns.
 */
export class PlanTokenBuilder extends DefaultTokenBuilder {
    override buildTokens(grammar: Grammar): TokenVocabulary {
        const terminals = grammar.rules
            .filter((rule): rule is GrammarAST.TerminalRule => GrammarAST.isTerminalRule(rule) && !rule.fragment)
            .map(terminal => this.buildTerminalToken(terminal));
        const keywordAsName = terminals.find(token => token.name === KEYWORD_AS_NAME)!;
        const wholeMatchers = terminals
            .filter(token => token.PATTERN instanceof RegExp && token !== keywordAsName)
            .map(token => ({ token, matches: wholeMatcher(token.PATTERN as RegExp) }));
        const nameMatches = wholeMatchers.find(({ token }) => token.name === NAME_TERMINAL)!.matches;

        const keywordTokens = [...keywordsOf(grammar)].map((keyword): TokenType => {
            if (!nameMatches(keyword)) {
                return { name: keyword, PATTERN: keyword, LONGER_ALT: wholeMatchers.filter(({ matches }) => matches(keyword)).map(({ token }) => token) };
            }
            const spellings = this.spellingsOf(keyword);
            const unreadable = spellings.find(spelling => !nameMatches(spelling));
            if (unreadable !== undefined) {
                throw new Error(`The spelling '${unreadable}' of the keyword '${keyword}' is not a name, so the lexer cannot read it.`);
            }
            const token: WordKeywordToken = { name: keyword, PATTERN: Lexer.NA, CATEGORIES: [keywordAsName], spellings };
            return token;
        });
        // Chevrotain takes the first pattern that matches: longer punctuation goes first.
        const patternLength = (token: TokenType) => typeof token.PATTERN === 'string' ? token.PATTERN.length : 0;
        keywordTokens.sort((a, b) => patternLength(b) - patternLength(a));
        return [...keywordTokens, ...terminals];
    }

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        return terminal.name === KEYWORD_AS_NAME ? { name: KEYWORD_AS_NAME, PATTERN: Lexer.NA } : super.buildTerminalToken(terminal);
    }

    /** How a keyword may be written: the keyword itself, then its Korean spelling (money units have none). */
    protected spellingsOf(keyword: string): readonly string[] {
        return spellingsOf(keyword);
    }
}

/** Whether a token may stand as a name: an identifier, or a keyword a name may be spelled as. */
export function isNameToken(token: IToken, lexer: LangiumLexer): boolean {
    return token.tokenType.name === NAME_TERMINAL || tokenMatcher(token, lexer.definition[KEYWORD_AS_NAME]);
}

/** The keyword spellings a name may take (`research`, `연구`, `억원`, …). */
export function keywordsUsableAsNames(lexer: LangiumLexer): string[] {
    return Object.values(lexer.definition).filter(isWordKeywordToken).flatMap(token => token.spellings);
}

/** Every keyword of the parser rules, in the order they are written. */
function keywordsOf(grammar: Grammar): Set<string> {
    const keywords = new Set<string>();
    const visit = (element: GrammarAST.AbstractElement | undefined): void => {
        if (GrammarAST.isKeyword(element)) {
            keywords.add(element.value);
        } else if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
            element.elements.forEach(visit);
        } else if (GrammarAST.isAssignment(element)) {
            visit(element.terminal);
        }
    };
    for (const rule of grammar.rules) {
        if (GrammarAST.isParserRule(rule)) {
            visit(rule.definition);
        }
    }
    return keywords;
}

/** Whether a terminal's expression matches the whole of a text. */
function wholeMatcher(pattern: RegExp): (text: string) => boolean {
    const whole = new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace(/[gy]/g, ''));
    return text => whole.test(text);
}
