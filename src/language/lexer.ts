import type { IToken, TokenType } from 'chevrotain';
import { DefaultLexer, type LangiumCoreServices, type LexerResult, type LexingReport, type TokenizeOptions } from 'langium';
import { isKoreanSpelling, keywordOf } from '../grammar/keyword-spellings.js';

/** How many keyword tokens of each spelling a text holds (names spelled like keywords included). */
export interface KeywordSpellingReport extends LexingReport {
    readonly englishKeywords: number;
    readonly koreanKeywords: number;
    /** Whether any keyword token's text differs from its keyword: a Korean spelling, or one typed decomposed (NFD). */
    readonly otherSpellings: boolean;
}

export const isKeywordSpellingReport = (report: LexingReport | undefined): report is KeywordSpellingReport =>
    report !== undefined && 'koreanKeywords' in report;

/** Conjoining Hangul jamo (U+1100–U+11FF): decomposed syllables, as macOS saves Korean text. */
const CONJOINING_JAMO = /[\u1100-\u11FF]/;

/**
 * The lexer, plus one pass over the tokens: a word typed in decomposed Hangul (NFD) whose
 * composed form (NFC) is a keyword becomes that keyword's token (the name terminal accepts
 * conjoining jamo, so such a word lexes as a name first); the text and positions stay as
 * written. The pass also counts the keyword tokens of each spelling for the plan's spelling.
 */
export class PlanLexer extends DefaultLexer {
    /** The token of every keyword spelling by its text (`horizon`, `계획기간`, `억원` …). */
    private readonly tokenOfSpelling = new Map<string, TokenType>();
    private readonly spellingOfToken = new Map<TokenType, 'en' | 'ko' | 'unit'>();
    private readonly nameToken: TokenType;

    constructor(services: LangiumCoreServices) {
        super(services);
        for (const token of Object.values(this.definition)) {
            if (typeof token.PATTERN === 'string' && /[A-Za-z\uAC00-\uD7A3]/.test(token.PATTERN)) {
                this.tokenOfSpelling.set(token.PATTERN, token);
                this.spellingOfToken.set(token, isKoreanSpelling(token.PATTERN) ? 'ko' : keywordOf(token.PATTERN) ? 'en' : 'unit');
            }
        }
        this.nameToken = this.definition.ID;
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        let englishKeywords = 0;
        let koreanKeywords = 0;
        let otherSpellings = false;
        for (const token of result.tokens) {
            if (token.tokenType === this.nameToken) {
                if (!CONJOINING_JAMO.test(token.image) || !this.retypeDecomposed(token)) {
                    continue;
                }
                otherSpellings = true;
            }
            switch (this.spellingOfToken.get(token.tokenType)) {
                case 'en':
                    englishKeywords++;
                    break;
                case 'ko':
                    koreanKeywords++;
                    otherSpellings = true;
                    break;
            }
        }
        const report: KeywordSpellingReport = { diagnostics: result.report?.diagnostics ?? [], englishKeywords, koreanKeywords, otherSpellings };
        return { ...result, report };
    }

    /** Makes a decomposed word the token of the keyword its composed form spells; false when it spells none. */
    private retypeDecomposed(token: IToken): boolean {
        const keywordToken = this.tokenOfSpelling.get(token.image.normalize('NFC'));
        if (!keywordToken) {
            return false;
        }
        token.tokenType = keywordToken;
        token.tokenTypeIdx = keywordToken.tokenTypeIdx!;
        return true;
    }
}
