import type { LangiumDocument } from 'langium';
import type { KeywordSpelling } from '../grammar/keyword-spellings.js';
import { isLanguageClause, isPlan } from '../grammar/generated/ast.js';
import { isKeywordSpellingReport } from './lexer.js';

/**
 * How a plan spells its keywords (korean.md (b)): as most of its keyword tokens do, names
 * spelled like keywords and money units not counted; a tie goes to its `language` clause,
 * then to Korean. Completion, snippets, quick fixes and messages write keywords this way.
 */
export function keywordSpellingOf(document: LangiumDocument): KeywordSpelling {
    const report = document.parseResult.lexerReport;
    if (isKeywordSpellingReport(report) && report.englishKeywords !== report.koreanKeywords) {
        return report.englishKeywords > report.koreanKeywords ? 'en' : 'ko';
    }
    const root = document.parseResult.value;
    const language = isPlan(root) ? root.items.find(isLanguageClause)?.value : undefined;
    return language === 'en' ? 'en' : 'ko';
}
