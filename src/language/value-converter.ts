import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/**
 * Strings know exactly two escapes, `\"` and `\\` (language.md); between curly quotes `\”`
 * escapes the closing quote too. Any other backslash is kept as written, so that a Windows
 * path such as `"C:\new"` keeps its backslash instead of turning into a line break. Money
 * grouped by thousands (`1,200`) is the number without its commas.
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
        return super.runConverter(rule, input, cstNode);
    }
}
