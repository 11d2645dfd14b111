import { DefaultValueConverter, GrammarAST, type CstNode, type ValueType } from 'langium';
import { keywordOf } from '../grammar/keyword-spellings.js';

/** The datatype rule a name is written with: a name keeps its spelling, even one spelled like a keyword. */
const NAME_RULE = 'Name';

/**
 * Strings know exactly two escapes, `\"` and `\\` (language.md); between curly quotes `\”`
 * escapes the closing quote too. Any other backslash is kept as written, so that a Windows
 * path such as `"C:\new"` keeps its backslash instead of turning into a line break. Money
 * grouped by thousands (`1,200`) is the number without its commas.
 *
 * A value picked from a list of keywords (`goals 핵심인력`, `position 연구`) is the keyword
 * whatever its spelling, so that Korean and English plans have the same AST.
 */
export class PlanValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'STRING') {
            const escapes = input.startsWith('\u201C') ? /\\(["\u201D\\])/g : /\\(["\\])/g;
            return input.slice(1, -1).replace(escapes, '$1');
        }
        if (rule.name === 'GROUPED_NUMBER') {
            return Number(input.replaceAll(',', ''));
        }
        if (GrammarAST.isParserRule(rule) && rule.dataType === 'string' && rule.name !== NAME_RULE) {
            const keyword = keywordOf(input);
            if (keyword !== undefined) {
                return keyword;
            }
        }
        return super.runConverter(rule, input, cstNode);
    }
}
