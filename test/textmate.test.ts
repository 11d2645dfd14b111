import { AstUtils, GrammarAST } from 'langium';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { services } from './helpers.js';

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
    test('highlights every keyword of the language', () => {
        const words = highlightedWords();
        const keywords = AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword)
            .map(keyword => keyword.value).filter(value => /^[\p{L}]/u.test(value)).toSet();
        expect([...keywords].filter(keyword => !words.has(keyword))).toEqual([]);
    });

    test('uses the language scope the extension contributes', () => {
        const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
        expect(manifest.contributes.grammars[0].scopeName).toBe(textMate.scopeName);
    });
});
