import { AstUtils, GrammarAST, type Grammar } from 'langium';
import { spellingsOf } from '../grammar/keyword-spellings.js';
import { elementTypeOf, isValueKeyword, ruleOf } from '../lsp/grammar-roles.js';

/**
 * The TextMate grammar of syntaxes/cluster-plan.tmLanguage.json, made from the grammar and
 * the keyword table so that every keyword is coloured in both its spellings. (Langium's own
 * generator leaves out keywords without ASCII letters, so it cannot colour Korean keywords.)
 * Words are grouped by their role: the words that start a block, the clause words and the
 * values a planner picks.
 */

/** The blocks without a name; their first word starts them as an element keyword does. */
const UNNAMED_BLOCKS = ['Assessment', 'Vision', 'Problem', 'Waiver'];

/** A letter a name or keyword may hold, in Oniguruma's notation. */
const LETTER = 'A-Za-z_\\x{1100}-\\x{11FF}\\x{3131}-\\x{318E}\\x{AC00}-\\x{D7A3}';
/** A keyword neither continues a word nor follows a letter; it may follow a number (`2026부터`). */
const BEFORE = `(?<![${LETTER}])`;
const AFTER = `(?![0-9${LETTER}])`;

export function textMateGrammar(grammar: Grammar): object {
    const keywords = AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).toArray();
    const isWord = (keyword: GrammarAST.Keyword) => /^\p{L}/u.test(keyword.value);
    const units = moneyUnits(grammar);
    const named = keywords.filter(keyword => elementTypeOf(keyword) !== undefined || (keyword.value === 'plan' && ruleOf(keyword) === 'Plan'));
    const blocks = keywords.filter(keyword => UNNAMED_BLOCKS.includes(ruleOf(keyword) ?? '') && firstKeywordOf(keyword));
    const starters = new Set([...named, ...blocks].map(keyword => keyword.value));
    const words = keywords.filter(keyword => isWord(keyword) && !units.includes(keyword.value) && !starters.has(keyword.value));
    const clauses = words.filter(keyword => !isValueKeyword(keyword));
    const values = words.filter(keyword => isValueKeyword(keyword) && !clauses.some(clause => clause.value === keyword.value));
    return {
        name: 'Cluster Plan',
        scopeName: 'source.cluster-plan',
        fileTypes: ['cplan'],
        patterns: ['comments', 'strings', 'declarations', 'money', 'numbers', 'clauses', 'values', 'punctuation'].map(name => ({ include: `#${name}` })),
        repository: {
            comments: {
                patterns: [
                    { name: 'comment.block.cluster-plan', begin: '/\\*', end: '\\*/', captures: { 0: { name: 'punctuation.definition.comment.cluster-plan' } } },
                    { name: 'comment.line.double-slash.cluster-plan', begin: '//', end: '$', beginCaptures: { 0: { name: 'punctuation.definition.comment.cluster-plan' } } }
                ]
            },
            strings: {
                name: 'string.quoted.double.cluster-plan',
                begin: '"',
                end: '"',
                patterns: [{ name: 'constant.character.escape.cluster-plan', match: '\\\\[\\"\\\\]' }]
            },
            declarations: {
                patterns: [
                    {
                        match: `${BEFORE}${alternatives(named)}\\s+(${namePattern(grammar)})`,
                        captures: { 1: { name: 'storage.type.cluster-plan' }, 2: { name: 'entity.name.type.cluster-plan' } }
                    },
                    { name: 'storage.type.cluster-plan', match: `${BEFORE}${alternatives(blocks)}${AFTER}` }
                ]
            },
            money: {
                match: `([0-9]+(?:\\.[0-9]+)?)\\s*(${longestFirst(units).join('|')})${AFTER}`,
                captures: { 1: { name: 'constant.numeric.cluster-plan' }, 2: { name: 'keyword.other.unit.cluster-plan' } }
            },
            numbers: { name: 'constant.numeric.cluster-plan', match: `(?<![0-9${LETTER}])[0-9]+(?:\\.[0-9]+)?` },
            clauses: { name: 'keyword.other.cluster-plan', match: `${BEFORE}${alternatives(clauses)}${AFTER}` },
            values: { name: 'constant.language.cluster-plan', match: `${BEFORE}${alternatives(values)}${AFTER}` },
            punctuation: {
                patterns: [
                    { name: 'punctuation.section.block.begin.cluster-plan', match: '\\{' },
                    { name: 'punctuation.section.block.end.cluster-plan', match: '\\}' },
                    { name: 'punctuation.separator.comma.cluster-plan', match: ',' },
                    // `~` and `～` stand for `to` between two years.
                    { name: 'keyword.operator.range.cluster-plan', match: '[~～]' }
                ]
            }
        }
    };
}

/** `(계획기간|horizon|…)`: every spelling of the keywords, longest first so that no shorter one cuts a longer. */
function alternatives(keywords: readonly GrammarAST.Keyword[]): string {
    return `(${longestFirst([...new Set(keywords.flatMap(keyword => spellingsOf(keyword.value)))]).join('|')})`;
}

function longestFirst(words: readonly string[]): string[] {
    return [...words].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

function firstKeywordOf(keyword: GrammarAST.Keyword): boolean {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    // `{infer Assessment}` writes nothing: the first keyword after it starts the block.
    return GrammarAST.isGroup(rule?.definition) && rule.definition.elements.find(element => !GrammarAST.isAction(element)) === keyword;
}

/** The units a money amount is written in (the `unit` of `Money`). */
function moneyUnits(grammar: Grammar): string[] {
    const money = grammar.rules.find(rule => rule.name === 'Money');
    return money ? AstUtils.streamAllContents(money).filter(GrammarAST.isKeyword).map(keyword => keyword.value).toArray() : [];
}

/** The name terminal's expression in Oniguruma's notation (`\uAC00` → `\x{AC00}`). */
function namePattern(grammar: Grammar): string {
    const terminal = grammar.rules.find(rule => rule.name === 'ID');
    if (!GrammarAST.isTerminalRule(terminal) || !GrammarAST.isRegexToken(terminal.definition)) {
        throw new Error('the grammar has no ID terminal');
    }
    return terminal.definition.regex.replace(/^\/|\/[a-z]*$/g, '').replace(/\\u([0-9A-Fa-f]{4})/g, '\\x{$1}');
}
