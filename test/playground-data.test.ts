import { AstUtils, GrammarAST } from 'langium';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { valuesOf } from '../src/lsp/grammar-roles.js';
import { highlightingWords, playgroundExamples } from '../src/tools/playground-data.js';
import { spellingsOf } from '../src/grammar/keyword-spellings.js';
import { services } from './helpers.js';

const EXAMPLES = fileURLToPath(new URL('../examples', import.meta.url));

describe('what the playground is built with', () => {
    const words = highlightingWords();

    test('the colouring knows every word of the grammar, each in its role', () => {
        const keywords = AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword)
            .map(keyword => keyword.value).filter(value => /^\p{L}/u.test(value)).toSet();
        const known = new Set([...words.declarations, ...words.clauses, ...words.values]);
        expect([...keywords].filter(keyword => !known.has(keyword))).toEqual([]);
        expect(words.declarations).toEqual(expect.arrayContaining(['plan', 'agency', 'task', 'vision', 'assessment', 'waive']));
        expect(words.clauses).toEqual(expect.arrayContaining(['owner', 'budget', 'goals', 'services']));
        expect(words.values).toEqual(expect.arrayContaining(['private', 'global', 'talent', '억원']));
    });

    test('a clause word takes the values of its rule, also through the value rules it calls', () => {
        // Both spellings of the clause word take both spellings of its values.
        const spelled = (rule: string) => valuesOf(services.Grammar, rule).flatMap(value => spellingsOf(value)).sort();
        expect(words.valuesAfter.goals).toEqual(spelled('Goal'));
        expect(words.valuesAfter['목표']).toEqual(spelled('Goal'));
        expect(words.valuesAfter.services).toEqual(spelled('ServiceKind'));
        expect(words.declarations).toEqual(expect.arrayContaining(['계획', '전담기구', '과제', '비전', '상황인식', '적용제외']));
        expect(words.valuesAfter.budget).toEqual(expect.arrayContaining(['억원', 'USD']));
        expect(new RegExp(`^(?:${words.namePattern})$`).test('해양바이오Lab_2')).toBe(true);
    });

    test('the examples are every plan of the examples folder, titled by its plan line', () => {
        const examples = playgroundExamples(EXAMPLES);
        expect(examples.map(example => example.file)).toEqual(readdirSync(EXAMPLES).filter(file => file.endsWith('.cplan')).sort());
        expect(examples.find(example => example.file === 'daegu-draft.cplan')?.title).toBe('대구 바이오 클러스터 육성계획 (초안)');
    });
});
