import { Lexer, tokenMatcher, type TokenType } from 'chevrotain';
import {
    createDefaultCoreModule, createDefaultSharedCoreModule, DefaultTokenBuilder, EmptyFileSystem, inject, type LangiumCoreServices
} from 'langium';
import { describe, expect, test } from 'vitest';
import { ClusterPlanGeneratedModule, ClusterPlanGeneratedSharedModule } from '../src/grammar/generated/module.js';
import type { Agency, Plan } from '../src/grammar/generated/ast.js';
import { ClusterPlanModule } from '../src/language/cluster-plan-module.js';
import { isWordKeywordToken, PlanTokenBuilder } from '../src/language/token-builder.js';
import { services } from './helpers.js';
import { keywordOf, KOREAN_KEYWORDS } from '../src/grammar/keyword-spellings.js';

const names = (tokens: TokenType | TokenType[] | undefined) => [tokens ?? []].flat().map(token => token.name);

/** Each token as the lexer sees it: pattern and the tokens that may continue it. */
function describeTokens(tokens: TokenType[]) {
    return tokens.map(token => ({ name: token.name, pattern: String(token.PATTERN), longerAlt: names(token.LONGER_ALT) }));
}

describe('the token builder', () => {
    test('builds Langium\'s terminals and punctuation, and for each keyword written as a word a token without a pattern that carries its spellings', () => {
        const ours = new PlanTokenBuilder().buildTokens(services.Grammar) as TokenType[];
        const langiums = new DefaultTokenBuilder().buildTokens(services.Grammar) as TokenType[];
        const byName = (list: ReturnType<typeof describeTokens>) => [...list].sort((a, b) => a.name.localeCompare(b.name));
        const words = ours.filter(isWordKeywordToken);
        const expected = describeTokens(langiums.filter(token => !words.some(word => word.name === token.name)))
            .map(token => token.name === 'KEYWORD_AS_NAME' ? { ...token, pattern: '/NOT_APPLICABLE/' } : token);
        expect(byName(describeTokens(ours.filter(token => !isWordKeywordToken(token))))).toEqual(byName(expected));
        // Besides the terminals, the lexer holds the punctuation only.
        const patternKeywords = ours.filter(token => token.PATTERN !== Lexer.NA && typeof token.PATTERN === 'string').map(token => token.name);
        expect(patternKeywords.sort()).toEqual([',', '{', '}', '~', '～'].sort());
        expect(words.map(token => token.name)).toContain('horizon');
        for (const token of words) {
            expect(token.PATTERN, token.name).toBe(Lexer.NA);
            expect(names(token.CATEGORIES), token.name).toEqual(['KEYWORD_AS_NAME']);
            const korean = KOREAN_KEYWORDS[keywordOf(token.name)!] as string | undefined;
            expect(token.spellings, token.name).toEqual(korean ? [token.name, korean] : [token.name]);
        }
        expect(words.filter(token => token.spellings.length === 1).map(token => token.name).sort()).toEqual(['KRW', 'USD', '백만원', '억원', '조원'].sort());
    });

    test('refuses a spelling that the name terminal does not match, which the lexer could never read', () => {
        class WithUnreadable extends PlanTokenBuilder {
            protected override spellingsOf(keyword: string): readonly string[] {
                return keyword === 'plan' ? ['plan', '계획-안'] : [keyword];
            }
        }
        expect(() => new WithUnreadable().buildTokens(services.Grammar)).toThrow(/'계획-안' of the keyword 'plan'/);
    });

    test('lexes a keyword in either spelling as the keyword\'s token, a longer word as a name, and punctuation by its pattern', () => {
        const tokens = services.parser.Lexer.tokenize('horizon 계획기간 horizons 계획기간표 planner 억원 { } ~').tokens;
        expect(tokens.map(token => token.tokenType.name)).toEqual(['horizon', 'horizon', 'ID', 'ID', 'ID', '억원', '{', '}', '~']);
        expect(tokens.map(token => [token.startOffset, token.image])).toEqual([
            [0, 'horizon'], [8, '계획기간'], [13, 'horizons'], [22, '계획기간표'], [28, 'planner'], [36, '억원'], [39, '{'], [41, '}'], [43, '~']
        ]);
    });

    test('lexes an extra spelling of a keyword as that keyword, and as a name where a name stands', () => {
        class WithAlias extends PlanTokenBuilder {
            protected override spellingsOf(keyword: string): readonly string[] {
                return keyword === 'plan' ? ['plan', '계획'] : [keyword];
            }
        }
        const shared = inject(createDefaultSharedCoreModule(EmptyFileSystem), ClusterPlanGeneratedSharedModule);
        const language: LangiumCoreServices = inject(createDefaultCoreModule({ shared }), ClusterPlanGeneratedModule, ClusterPlanModule,
            { parser: { TokenBuilder: () => new WithAlias() } });
        const lexer = language.parser.Lexer;

        const [alias, longer] = lexer.tokenize('계획 계획서').tokens;
        expect(tokenMatcher(alias, lexer.definition.plan)).toBe(true);
        expect(longer.tokenType.name).toBe('ID');

        const parsed = language.parser.LangiumParser.parse<Plan>('계획 P "제목" { agency 계획 "기구" }');
        expect(parsed.lexerErrors).toEqual([]);
        expect(parsed.parserErrors).toEqual([]);
        expect(parsed.value.name).toBe('P');
        expect((parsed.value.items[0] as Agency).name).toBe('계획');
    });
});
