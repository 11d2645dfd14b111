import { AstUtils, CstUtils, GrammarAST } from 'langium';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkText, services } from './helpers.js';

/**
 * The misspelling corpus: every word-like keyword of the grammar, where it stands in a plan,
 * mistyped by one deletion, one insertion and one transposition, is named by the syntax
 * finding on the mistyped word ("did you mean", or the unit meant for a money unit).
 */

const examples = readdirSync(new URL('../examples/', import.meta.url)).filter(name => name.endsWith('.cplan'))
    .map(name => readFileSync(new URL(`../examples/${name}`, import.meta.url), 'utf8'));

/** Clauses no example plan writes, so that every keyword has a plan to stand in. */
const SUPPLEMENT = `plan P "계획" {
    language en
    environment housing, medical
    leadership joint
    incentives exit
    waive "private-led" because "공동 주도"
    vision "v" { strategy attraction scope hightech structure distributed }
    vision "w" { scope lifescience structure integrated position marketing }
    agency A "a" { operator public coordinates G survey monthly }
    government G "g" { level central }
    champion C "c" { origin external }
    institution U "u" { type hospital tier regional }
    firm F "f" { stage growth }
    industry I "i" { kind cro }
    industry J "j" { kind cmo }
    industry K "k" { kind other }
    industry H "h" { kind pharma }
    fund D "d" { source public selection discretionary audit none review none purpose infrastructure amount 1 KRW }
    fund E "e" { audit annual purpose subsidy amount 1 백만원 }
    fund X "x" { amount 1 조원 }
    network N "n" { kind social meets annually offers matching, overseas bridge M via A }
    network M "m" { kind official }
    link L "l" { scope domestic tier national }
    problem information { response intelligence, dialogue, cooperation, noninterference, desubsidize, horizontal, liaison }
    problem purchasing { response procurement }
    problem policy { response foresight }
    problem market { response competition }
    problem linkage { response transfer, training, consulting }
    task T "t" { term long goals researchers, startups, global, talent }
    institution V "v" { type institute }
    firm G2 "g" { stage established }
    fund Y "y" { amount 1 USD }
}
`;

interface Occurrence {
    readonly keyword: string;
    readonly text: string;
    readonly offset: number;
}

/** The first place in the plans where each keyword stands as a keyword (not as a name). */
async function keywordOccurrences(): Promise<Map<string, Occurrence>> {
    const found = new Map<string, Occurrence>();
    for (const text of [SUPPLEMENT, ...examples]) {
        const { document } = await checkText(text);
        for (const leaf of CstUtils.flattenCst(document.parseResult.value.$cstNode!)) {
            const keyword = leaf.grammarSource;
            if (GrammarAST.isKeyword(keyword) && /^\p{L}/u.test(keyword.value) && !found.has(keyword.value)) {
                found.set(keyword.value, { keyword: keyword.value, text, offset: leaf.offset });
            }
        }
    }
    return found;
}

/** Deletion, insertion and transposition of a word, each at the middle (a transposition of two different letters). */
function typos(word: string): Record<'deletion' | 'insertion' | 'transposition', string> {
    const middle = Math.floor(word.length / 2);
    const letters = [...word];
    let swap = Math.max(0, middle - 1);
    while (swap + 1 < letters.length && letters[swap] === letters[swap + 1]) {
        swap++;
    }
    const transposed = [...letters];
    [transposed[swap], transposed[swap + 1]] = [transposed[swap + 1], transposed[swap]];
    return {
        deletion: [...letters.slice(0, middle), ...letters.slice(middle + 1)].join(''),
        insertion: [...letters.slice(0, middle), 'q', ...letters.slice(middle)].join(''),
        transposition: transposed.join('')
    };
}

describe('the misspelling corpus', async () => {
    const occurrences = await keywordOccurrences();
    const keywords = AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword)
        .map(keyword => keyword.value).filter(value => /^\p{L}/u.test(value)).toSet();

    test('every word-like keyword stands somewhere in the corpus', () => {
        expect([...keywords].filter(keyword => !occurrences.has(keyword))).toEqual([]);
    });

    test.each([...keywords].sort())('%s: one deletion, one insertion and one transposition each name it', async keyword => {
        const occurrence = occurrences.get(keyword)!;
        for (const [kind, typo] of Object.entries(typos(keyword))) {
            const text = occurrence.text.slice(0, occurrence.offset) + typo + occurrence.text.slice(occurrence.offset + keyword.length);
            const syntax = (await checkText(text)).diagnostics.filter(diagnostic => diagnostic.code === 'syntax');
            const named = syntax.map(diagnostic => diagnostic.data as { args: { suggestions?: { keywords: string[] }; unit?: string } })
                .some(({ args }) => args.suggestions?.keywords.includes(keyword) || args.unit === keyword);
            expect(named, `${kind} '${typo}': ${syntax.map(diagnostic => diagnostic.message).join(' | ')}`).toBe(true);
        }
    });
});
