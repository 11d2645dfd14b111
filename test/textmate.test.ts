import { AstUtils, GrammarAST } from 'langium';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { services } from './helpers.js';
import { spellingsOf } from '../src/grammar/keyword-spellings.js';
import { textMateGrammar } from '../src/tools/textmate-grammar.js';

interface Rule { match?: string; name?: string; begin?: string; patterns?: Rule[]; captures?: Record<string, { name: string }> }

/** An Oniguruma pattern of the grammar as a JavaScript expression (`\x{AC00}` → `\u{AC00}`). */
const toJs = (pattern: string) => new RegExp(pattern.replace(/\\x\{([0-9A-Fa-f]+)\}/g, '\\u{$1}'), 'gu');

/**
 * The words of a line (outside strings and comments) with the scope the grammar gives them,
 * the repository's `match` rules tried in the grammar's order, earliest match first, as a
 * TextMate tokenizer does. Only what these grammars use is modelled: top-level matches and captures.
 */
function scopesOf(line: string): Array<[string, string]> {
    const rules: Rule[] = textMate.patterns.flatMap((include: { include: string }) => {
        const rule: Rule = textMate.repository[include.include.slice(1)];
        return rule.match || rule.begin ? [rule] : rule.patterns ?? [];
    }).filter((rule: Rule) => rule.match !== undefined || rule.begin !== undefined);
    const found: Array<[string, string]> = [];
    let position = 0;
    while (position < line.length) {
        let best: { index: number; match: RegExpExecArray; rule: Rule } | undefined;
        for (const rule of rules) {
            const expression = rule.match ? toJs(rule.match) : toJs(rule.begin!);
            expression.lastIndex = position;
            const match = expression.exec(line);
            if (match && (!best || match.index < best.index)) {
                best = { index: match.index, match, rule };
            }
        }
        if (!best) {
            break;
        }
        const { match, rule } = best;
        if (rule.begin) {
            // A string or a comment: skip to its end.
            const end = rule.begin === '"' ? line.indexOf('"', match.index + 1) : line.length;
            position = end < 0 ? line.length : end + 1;
            continue;
        }
        if (rule.captures) {
            for (const [group, capture] of Object.entries(rule.captures)) {
                found.push([match[Number(group)], capture.name.replace(/\.cluster-plan$/, '')]);
            }
        } else if (!rule.name!.startsWith('punctuation.section') && !rule.name!.startsWith('punctuation.separator')) {
            found.push([match[0], rule.name!.replace(/\.cluster-plan$/, '')]);
        }
        position = match.index + Math.max(match[0].length, 1);
    }
    return found;
}

const textMate = JSON.parse(readFileSync(new URL('../syntaxes/cluster-plan.tmLanguage.json', import.meta.url), 'utf8'));

/** Every word listed as an alternative in a `(a|b|c)` group of the TextMate patterns. */
function highlightedWords(): Set<string> {
    const words = new Set<string>();
    const visit = (value: unknown) => {
        if (typeof value === 'string') {
            for (const group of value.matchAll(/\(([^()?]+)\)/g)) {
                group[1].split('|').forEach(word => words.add(word));
            }
        } else if (value && typeof value === 'object') {
            Object.values(value).forEach(visit);
        }
    };
    visit(textMate.repository);
    return words;
}

describe('the TextMate grammar', () => {
    test('highlights every keyword of the language in both spellings', () => {
        const words = highlightedWords();
        const keywords = AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword)
            .map(keyword => keyword.value).filter(value => /^[\p{L}]/u.test(value)).toArray().flatMap(value => spellingsOf(value));
        expect(keywords.length).toBeGreaterThan(320);
        expect([...new Set(keywords)].filter(keyword => !words.has(keyword))).toEqual([]);
    });

    test('is the grammar the build makes from the language grammar and the keyword table', () => {
        expect(textMate).toEqual(JSON.parse(JSON.stringify(textMateGrammar(services.Grammar))));
    });

    test('colours a Korean line as its English twin, names spelled like keywords as names', () => {
        const scopes = (line: string) => scopesOf(line).map(([word, scope]) => `${word}:${scope}`);
        expect(scopes('    계획기간 2026부터 2037')).toEqual(['계획기간:keyword.other', '2026:constant.numeric', '부터:keyword.other', '2037:constant.numeric']);
        expect(scopes('    과제 단기1 "과제" { 구분 단기 목표 핵심인력, 연구 }')).toEqual(
            ['과제:storage.type', '단기1:entity.name.type', '구분:keyword.other', '단기:constant.language', '목표:keyword.other', '핵심인력:constant.language', '연구:constant.language']);
        expect(scopes('    task T1 "t" { term short goals talent, research }')).toEqual(
            ['task:storage.type', 'T1:entity.name.type', 'term:keyword.other', 'short:constant.language', 'goals:keyword.other', 'talent:constant.language', 'research:constant.language']);
        expect(scopes('    전담기구 계획서 "기구" { 예산 120억원 }')).toEqual(['전담기구:storage.type', '계획서:entity.name.type', '예산:keyword.other', '120:constant.numeric', '억원:keyword.other.unit']);
        expect(scopes('    계획기간 2026~2037')).toEqual(['계획기간:keyword.other', '2026:constant.numeric', '~:keyword.operator.range', '2037:constant.numeric']);
    });

    test('uses the language scope the extension contributes', () => {
        const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
        expect(manifest.contributes.grammars[0].scopeName).toBe(textMate.scopeName);
    });
});
