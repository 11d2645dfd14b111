import type { TokenType } from 'chevrotain';
import { DefaultLexer, type LangiumCoreServices, type LexerResult, type LexingReport, type TokenizeOptions } from 'langium';
import { isKoreanSpelling, keywordOf } from '../grammar/keyword-spellings.js';
import { isWordKeywordToken } from './token-builder.js';

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

/** A keyword and how a word spells it. */
interface SpelledKeyword {
    readonly token: TokenType;
    readonly spelling: 'en' | 'ko' | 'unit';
}

/**
 * The lexer, plus one pass over the tokens: a name that spells a keyword becomes that
 * keyword's token (keywords written as words have no pattern of their own, see
 * `PlanTokenBuilder`), also when it is typed in decomposed Hangul (NFD) and its composed
 * form (NFC) spells the keyword; the text and positions stay as written. The pass also
 * counts the keyword tokens of each spelling for the plan's spelling.
 */
export class PlanLexer extends DefaultLexer {
    /** The keyword every spelling spells (`horizon`, `계획기간` → horizon; `억원` → 억원). */
    private readonly keywordOfWord = new Map<string, SpelledKeyword>();
    private readonly nameToken: TokenType;

    constructor(services: LangiumCoreServices) {
        super(services);
        for (const token of Object.values(this.definition).filter(isWordKeywordToken)) {
            for (const word of token.spellings) {
                this.keywordOfWord.set(word, { token, spelling: isKoreanSpelling(word) ? 'ko' : keywordOf(word) ? 'en' : 'unit' });
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
            if (token.tokenType !== this.nameToken) {
                continue;
            }
            let keyword = this.keywordOfWord.get(token.image);
            if (keyword === undefined && CONJOINING_JAMO.test(token.image)) {
                keyword = this.keywordOfWord.get(token.image.normalize('NFC'));
                otherSpellings ||= keyword !== undefined;
            }
            if (keyword === undefined) {
                continue;
            }
            token.tokenType = keyword.token;
            token.tokenTypeIdx = keyword.token.tokenTypeIdx!;
            switch (keyword.spelling) {
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
}
