import { AstUtils, EmptyFileSystem, GrammarAST, GrammarUtils, type Grammar } from 'langium';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { createClusterPlanCoreServices } from '../language/cluster-plan-module.js';
import type { Plan } from '../grammar/generated/ast.js';
import { spellingsOf } from '../grammar/keyword-spellings.js';
import { isValueKeyword } from '../lsp/grammar-roles.js';
import type { HighlightingWords, PlaygroundExample } from '../playground/build-data.js';

/**
 * What the playground is built with, read from the language itself when `npm run build` runs:
 * the words its syntax colouring knows (from the grammar) and the example plans (from the
 * examples folder, titled by their own `plan` line).
 */

const services = createClusterPlanCoreServices(EmptyFileSystem).ClusterPlan;

/** Every keyword of the grammar by role, in both spellings, and which values follow each clause word. */
export function highlightingWords(grammar: Grammar = services.Grammar): HighlightingWords {
    const keywords = AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword)
        .filter(keyword => /^\p{L}/u.test(keyword.value)).toArray();
    const declarations = declarationKeywords(grammar);
    const clauses = new Set<string>();
    const values = new Set<string>();
    const valuesAfter: Record<string, string[]> = {};
    for (const keyword of keywords) {
        if (isValueKeyword(keyword)) {
            values.add(keyword.value);
            continue;
        }
        if (!declarations.has(keyword.value)) {
            clauses.add(keyword.value);
        }
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
        if (rule && firstKeyword(rule.definition) === keyword) {
            const following = new Set([...(valuesAfter[keyword.value] ?? []), ...valuesOfRule(rule, new Set())]);
            valuesAfter[keyword.value] = [...following].sort();
        }
    }
    const name = grammar.rules.filter(GrammarAST.isTerminalRule).find(rule => rule.name === 'ID');
    if (!name) {
        throw new Error('the grammar has no ID terminal');
    }
    // Every word in both its spellings (`계획기간 2026 부터 2037`, `구분 단기`).
    const spelled = (words: Iterable<string>) => [...new Set([...words].flatMap(word => spellingsOf(word)))].sort();
    return {
        declarations: spelled(declarations),
        clauses: spelled(clauses),
        values: spelled(values),
        valuesAfter: Object.fromEntries(Object.entries(valuesAfter).flatMap(([word, following]) => spellingsOf(word).map(spelling => [spelling, spelled(following)]))),
        namePattern: GrammarUtils.terminalRegex(name).source
    };
}

/** The words that open the plan and each of its items other than a one-line clause (`agency`, `vision`, `waive`). */
function declarationKeywords(grammar: Grammar): Set<string> {
    const parserRules = grammar.rules.filter(GrammarAST.isParserRule);
    const entry = parserRules.find(rule => rule.entry);
    const items = parserRules.find(rule => rule.name === 'PlanItem');
    if (!entry || !items) {
        throw new Error('the grammar has no Plan or PlanItem rule');
    }
    const words = new Set<string>();
    for (const rule of [entry, ...alternativesOf(items)].filter(rule => !rule.name.endsWith('Clause'))) {
        const keyword = firstKeyword(rule.definition);
        if (keyword) {
            words.add(keyword.value);
        }
    }
    return words;
}

/** The rules a rule of plain alternatives stands for, followed down (`PlanItem` → `Element` → `Actor` → `Agency`, …). */
function alternativesOf(rule: GrammarAST.ParserRule): GrammarAST.ParserRule[] {
    const definition = rule.definition;
    if (!GrammarAST.isAlternatives(definition) || !definition.elements.every(GrammarAST.isRuleCall)) {
        return [rule];
    }
    return definition.elements.flatMap(call => {
        const called = (call as GrammarAST.RuleCall).rule.ref;
        return GrammarAST.isParserRule(called) ? alternativesOf(called) : [];
    });
}

/** The first token of a rule when it is a keyword (`owner` in `OwnerClause`). */
function firstKeyword(element: GrammarAST.AbstractElement): GrammarAST.Keyword | undefined {
    if (GrammarAST.isKeyword(element)) {
        return element;
    }
    if (GrammarAST.isGroup(element)) {
        const first = element.elements.find(child => !GrammarAST.isAction(child));
        return first ? firstKeyword(first) : undefined;
    }
    return undefined;
}

/** The value keywords a rule takes, also through the value rules it calls (`goals` → `Goal`). */
function valuesOfRule(rule: GrammarAST.ParserRule, visited: Set<GrammarAST.ParserRule>): string[] {
    visited.add(rule);
    const found: string[] = [];
    for (const node of AstUtils.streamAllContents(rule.definition)) {
        if (GrammarAST.isKeyword(node) && isValueKeyword(node)) {
            found.push(node.value);
        } else if (GrammarAST.isRuleCall(node) && GrammarAST.isParserRule(node.rule.ref) && !visited.has(node.rule.ref)) {
            const called = node.rule.ref;
            // A value rule (`Goal`) or a keyword-less part (`Money`); a rule that starts with a keyword of its own is a clause.
            if (GrammarUtils.isDataTypeRule(called) ? called.name !== 'Name' : !firstKeyword(called.definition) && !called.name.endsWith('Clause')) {
                found.push(...valuesOfRule(called, visited));
            }
        }
    }
    return found;
}

/** Every `*.cplan` of a folder, in file-name order, with the title its `plan` line gives. */
export function playgroundExamples(folder: string): PlaygroundExample[] {
    return readdirSync(folder).filter(file => file.endsWith('.cplan')).sort().map(file => {
        const text = readFileSync(path.join(folder, file), 'utf8');
        const plan = services.parser.LangiumParser.parse<Plan>(text).value;
        return { file, title: plan.title || file, text };
    });
}
