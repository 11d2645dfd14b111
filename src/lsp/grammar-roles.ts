import { AstUtils, GrammarAST, GrammarUtils, type Grammar } from 'langium';

/**
 * What a grammar keyword is for: a clause word (`owner`), a value the user picks
 * (`tier global`, `goals talent`) or the word that starts a named element (`agency`).
 * Completion, semantic tokens and snippets read the grammar through these helpers so that
 * a new value in the grammar shows up everywhere without further edits.
 */

/** The AST types of the six actors (the grammar's `Actor`), in the order the language reference lists them. */
export const ACTOR_ELEMENT_TYPES = ['Agency', 'Government', 'Champion', 'Institution', 'Firm', 'Industry'] as const;

/** The AST types of the ten named elements, in the order the language reference lists them. */
export const ELEMENT_TYPES = [...ACTOR_ELEMENT_TYPES, 'Fund', 'Network', 'Link', 'Task'] as const;

export type ElementType = typeof ELEMENT_TYPES[number];

export const ACTOR_TYPES: ReadonlySet<string> = new Set(ACTOR_ELEMENT_TYPES);

/** The grammar rule a keyword is written in (`Goal`, `TierClause`, `Name`, …). */
export function ruleOf(keyword: GrammarAST.Keyword): string | undefined {
    return AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
}

/** A value the user picks: a keyword assigned to a property, or one of a value rule such as `Goal`. */
export function isValueKeyword(keyword: GrammarAST.Keyword): boolean {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    if (!rule) {
        return false;
    }
    return AstUtils.getContainerOfType(keyword, GrammarAST.isAssignment) !== undefined || GrammarUtils.isDataTypeRule(rule);
}

/** The element type a keyword starts (`agency` → `Agency`), if it starts one. */
export function elementTypeOf(keyword: GrammarAST.Keyword): ElementType | undefined {
    const rule = ruleOf(keyword);
    return ELEMENT_TYPES.find(type => type === rule && type.toLowerCase() === keyword.value);
}

/** The values a rule offers, in grammar order (`LevelClause` → `local`, `central`). */
export function valuesOf(grammar: Grammar, ruleName: string): string[] {
    const rule = grammar.rules.find(candidate => candidate.name === ruleName);
    if (!rule) {
        return [];
    }
    return AstUtils.streamAllContents(rule)
        .filter(GrammarAST.isKeyword)
        .filter(isValueKeyword)
        .map(keyword => keyword.value)
        .toArray();
}
