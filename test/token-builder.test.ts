import { tokenMatcher, type TokenType } from 'chevrotain';
import {
    createDefaultCoreModule, createDefaultSharedCoreModule, DefaultTokenBuilder, EmptyFileSystem, inject, type LangiumCoreServices
} from 'langium';
import { describe, expect, test } from 'vitest';
import { ClusterPlanGeneratedModule, ClusterPlanGeneratedSharedModule } from '../src/grammar/generated/module.js';
import type { Agency, Plan } from '../src/grammar/generated/ast.js';
import { ClusterPlanModule } from '../src/language/cluster-plan-module.js';
import { PlanTokenBuilder } from '../src/language/token-builder.js';
import { services } from './helpers.js';
import { isKoreanSpelling, keywordOf, KOREAN_KEYWORDS } from '../src/grammar/keyword-spellings.js';

const names = (tokens: TokenType | TokenType[] | undefined) => [tokens ?? []].flat().map(token => token.name);

/** Each token as the lexer sees it: pattern and the tokens that may continue it. */
function describeTokens(tokens: TokenType[]) {
    return tokens.map(token => ({ name: token.name, pattern: String(token.PATTERN), longerAlt: names(token.LONGER_ALT) }));
}

describe('the token builder', () => {
    test('builds the tokens of Langium\'s default builder and a token for every Korean spelling, in an order that lets the longest spelling win', () => {
        const ours = new PlanTokenBuilder().buildTokens(services.Grammar) as TokenType[];
        const langiums = new DefaultTokenBuilder().buildTokens(services.Grammar) as TokenType[];
        const byName = (list: ReturnType<typeof describeTokens>) => [...list].sort((a, b) => a.name.localeCompare(b.name));
        const expected = describeTokens(langiums).map(token => token.name === 'KEYWORD_AS_NAME' ? { ...token, pattern: '/NOT_APPLICABLE/' } : token);
        // Langium's builder knows one spelling per keyword; the Korean spellings come on top.
        const korean = ours.filter(token => isKoreanSpelling(token.name));
        expect(byName(describeTokens(ours.filter(token => !korean.includes(token))))).toEqual(byName(expected));
        expect(korean).toHaveLength(Object.keys(KOREAN_KEYWORDS).length);
        for (const token of korean) {
            const keyword = keywordOf(token.name)!;
            expect(token.PATTERN).toBe(KOREAN_KEYWORDS[keyword]);
            expect(names(token.CATEGORIES), keyword).toContain(keyword);
        }
        const keywordLengths = ours.filter(token => typeof token.PATTERN === 'string').map(token => (token.PATTERN as string).length);
        expect(keywordLengths).toEqual([...keywordLengths].sort((a, b) => b - a));
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
