import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/**
 * Strings know exactly two escapes, `\"` and `\\` (language.md). Any other backslash is kept
 * as written, so that a Windows path such as `"C:\new"` keeps its backslash instead of
 * turning into a line break.
 */
export class PlanValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'STRING') {
            return input.slice(1, -1).replace(/\\(["\\])/g, '$1');
        }
        return super.runConverter(rule, input, cstNode);
    }
}
