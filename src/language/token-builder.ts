import { Lexer, tokenMatcher, type IToken, type TokenType, type TokenVocabulary } from 'chevrotain';
import { DefaultTokenBuilder, GrammarAST, type Grammar, type Lexer as LangiumLexer } from 'langium';
import type { ClusterPlanTerminalNames } from '../grammar/generated/ast.js';
import { spellingsOf } from '../grammar/keyword-spellings.js';

/** The terminal a name is written with. */
const NAME_TERMINAL: ClusterPlanTerminalNames = 'ID';

/** The terminal that stands, in `Name`, for every keyword a name may be spelled as. */
export const KEYWORD_AS_NAME: ClusterPlanTerminalNames = 'KEYWORD_AS_NAME';

/**
 * The tokens of the language, built for a fast start: the lexer is built at every start of
 * `cplan`. Langium's default builder decides which terminal may continue a keyword
 * (`planner` is a name, not `plan` + `ner`) by building a partial-match regular expression for
 * every keyword and terminal; here each keyword is tested once against each terminal's own
 * expression.
 *
 * A keyword that the name terminal matches is also a `KEYWORD_AS_NAME` token (a Chevrotain
 * token category), which is how `Name` accepts names spelled like keywords.
 *
 * Every keyword is lexed from its spellings (`spellingsOf`): the first is the keyword's own
 * token; each further spelling gets a token of its own in the category of the first, so the
 * parser takes it wherever the keyword stands. All spellings of all keywords are tried
 * longest first, so that the longest match wins.
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

        const spellingTokens: TokenType[] = [];
        for (const keyword of keywordsOf(grammar)) {
            let keywordToken: TokenType | undefined;
            for (const spelling of this.spellingsOf(keyword)) {
                const categories = [
                    ...keywordToken ? [keywordToken] : [],
                    ...nameMatches(spelling) ? [keywordAsName] : []
                ];
                const token: TokenType = {
                    name: keywordToken ? spelling : keyword,
                    PATTERN: spelling,
                    LONGER_ALT: wholeMatchers.filter(({ matches }) => matches(spelling)).map(({ token }) => token),
                    ...categories.length > 0 ? { CATEGORIES: categories } : {}
                };
                keywordToken ??= token;
                spellingTokens.push(token);
            }
        }
        // Chevrotain takes the first token that matches: longer spellings go first.
        spellingTokens.sort((a, b) => (b.PATTERN as string).length - (a.PATTERN as string).length);
        return [...spellingTokens, ...terminals];
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

/** The keyword spellings a name may take (`research`, `억원`, …). */
export function keywordsUsableAsNames(lexer: LangiumLexer): string[] {
    return Object.values(lexer.definition)
        .filter(token => token.CATEGORIES?.some(category => category.name === KEYWORD_AS_NAME))
        .map(token => token.PATTERN as string);
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
