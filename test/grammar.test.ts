import { AstUtils, EmptyFileSystem, URI } from 'langium';
import { GrammarAST } from 'langium';
import { describe, expect, test } from 'vitest';
import { createClusterPlanServices } from '../src/lsp/cluster-plan-lsp-module.js';
import type { Plan, Task } from '../src/grammar/generated/ast.js';
import { toEok } from '../src/analysis/money.js';
import { isNameToken, keywordsUsableAsNames } from '../src/language/token-builder.js';
import { spellingsOf } from '../src/grammar/keyword-spellings.js';
import { checkText, codesOf, services } from './helpers.js';

const plan = (body: string) => `plan P "제목" {\n${body}\n}\n`;

async function parseClean(text: string) {
    const result = await checkText(text);
    const structural = result.diagnostics.filter(d => d.code === 'syntax' || d.code === 'reference');
    expect(structural.map(d => d.message)).toEqual([]);
    return result;
}

describe('the grammar', () => {
    test('lets a name be spelled like every keyword that reads as a name, and like no other', () => {
        const keywords = AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value).distinct().toArray();
        // Every word-like keyword in both its spellings (`plan`, `계획`; `억원` has one).
        const words = keywords.filter(value => /^[\p{L}_]/u.test(value)).flatMap(spellingsOf);
        expect(words.length).toBeGreaterThan(320);
        expect(new Set(keywordsUsableAsNames(services.parser.Lexer))).toEqual(new Set(words));
        for (const keyword of [...keywords, ...words]) {
            const [token] = services.parser.Lexer.tokenize(keyword).tokens;
            expect(isNameToken(token, services.parser.Lexer), keyword).toBe(words.includes(keyword));
        }
    });

    test('parses names spelled like keywords and references to them', async () => {
        const { document } = await parseClean(plan(`
    firm research "연구기업"
    institution global "글로벌 연구소" { tier global }
    government government "정부"
    task task "과제" { owner research after task2 }
    task task2 "과제2" { owner global }`));
        const tasks = document.parseResult.value.items.filter((item): item is Task => item.$type === 'Task');
        expect(tasks.map(task => task.name)).toEqual(['task', 'task2']);
    });

    test('parses Hangul names, and money with and without a space in all five units', async () => {
        const { document } = await parseClean(plan(`
    agency 진흥원 "진흥원" { budget 120억원 }
    fund 억원바이오 "펀드" { amount 3.5 조원 }
    fund F2 "f" { amount 250 백만원 }
    fund F3 "f" { amount 2000000 USD }
    fund F4 "f" { amount 1000000000KRW }
    task 단기1 "과제" { owner 진흥원 }`));
        const items = document.parseResult.value.items;
        const money = items.flatMap(item => AstUtils.streamAllContents(item).filter(node => node.$type === 'Money').toArray());
        expect(money.map(node => toEok(node as never))).toEqual([120, 35_000, 2.5, 2_000_000 * 1400 / 1e8, 10]);
        expect(items.map(item => (item as { name?: string }).name)).toContain('억원바이오');
    });

    test('accepts clauses and elements in any order, and leaves optional blocks out', async () => {
        await parseClean(plan(`
    task T "t" { goals research, global term long owner A period 2026 to 2030 }
    incentives deregulation, tax
    agency A "a"
    network N "n" { bridge N via A offers market members A kind business }
    link L "l"
    vision "v" { outsource clinical to L position research structure distributed scope lifescience strategy greenfield }
    problem linkage { }
    problem mismatch "설명" { response collaboration }
    assessment { }
    horizon 2026 to 2035`));
    });

    test('reads strings with escapes over several lines, and both kinds of comment', async () => {
        const { document } = await parseClean(plan(`
    // a line comment
    region "부산 \\"해양\\" \\\\ 
두 줄" /* a block
comment */`));
        const region = document.parseResult.value.items[0] as { text: string };
        expect(region.text).toBe('부산 "해양" \\ \n두 줄');
    });

    test('resolves a reference only to an element of the right kind, and says which kind the name has', async () => {
        const { diagnostics } = await checkText(plan(`
    task T1 "t" { owner T2 }
    task T2 "t" { after A }
    agency A "a"
    network N "n" { bridge A via A }
    vision "v" { outsource clinical to N }`));
        const references = diagnostics.filter(d => d.code === 'reference');
        expect(references.map(d => d.message)).toEqual([
            expect.stringMatching(/^T2은\(는\) 4행의 과제입니다\. 이 자리에는 주체\(기구·정부·챔피언·기관·기업·연관산업\)만 올 수 있습니다/),
            expect.stringMatching(/^A은\(는\) 5행의 전담기구입니다\. 이 자리에는 과제만 올 수 있습니다/),
            expect.stringMatching(/^A은\(는\) 5행의 전담기구입니다\. 이 자리에는 네트워크만 올 수 있습니다/),
            expect.stringMatching(/^N은\(는\) 6행의 네트워크입니다\. 이 자리에는 연계\(link\)만 올 수 있습니다/)
        ]);
    });

    test('keeps names local to their plan file', async () => {
        const { ClusterPlan } = createClusterPlanServices(EmptyFileSystem);
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = ClusterPlan.shared.workspace;
        const first = LangiumDocumentFactory.fromString(plan('agency Shared "a"'), URI.parse('memory:///a.cplan'));
        const second = LangiumDocumentFactory.fromString<Plan>(plan('task T "t" { owner Shared }'), URI.parse('memory:///b.cplan'));
        LangiumDocuments.addDocument(first);
        LangiumDocuments.addDocument(second);
        await DocumentBuilder.build([first, second], { validation: true });
        expect(codesOf(second.diagnostics ?? [])).toContain('reference');
    });
});

describe('positions', () => {
    test('an error at the end of input points at the last character', async () => {
        const text = 'plan P "t" {\n    region "r"\n';
        const { diagnostics } = await checkText(text);
        const syntax = diagnostics.filter(d => d.code === 'syntax');
        expect(syntax).toHaveLength(1);
        expect(syntax[0].range.start).toEqual({ line: 1, character: 13 });
        expect(syntax[0].message).toContain("'}'");
    });

    test('CRLF and CR line ends give the same lines and columns as LF', async () => {
        const lf = plan('    agency A "a"\n    firm A "b"');
        const positions = async (text: string) => (await checkText(text)).diagnostics.map(d => [d.code, d.range.start.line, d.range.start.character]);
        const expected = await positions(lf);
        expect(expected).toContainEqual(['duplicate-name', 2, 9]);
        expect(await positions(lf.replaceAll('\n', '\r\n'))).toEqual(expected);
        expect(await positions(lf.replaceAll('\n', '\r'))).toEqual(expected);
    });

    test('a byte-order mark is accepted', async () => {
        await parseClean('\uFEFF' + plan('region "r"'));
    });

    test('an empty file gets one syntax error at its start', async () => {
        const { diagnostics } = await checkText('');
        expect(codesOf(diagnostics)).toEqual(['syntax']);
        expect(diagnostics[0].range.start).toEqual({ line: 0, character: 0 });
    });

    test('syntax errors speak of a name, not of every keyword', async () => {
        const { diagnostics } = await checkText(plan('agency "기구"'));
        expect(diagnostics[0].message).toMatch(/^여기에는 이름이\(가\) 와야 하는데 '"기구"'이\(가\) 있습니다\./);
    });
});

describe('lexing errors', () => {
    test('an unclosed text or comment is named as such', async () => {
        const unclosedString = (await checkText(plan('region "부산광역시'))).diagnostics;
        expect(unclosedString[0]).toMatchObject({ code: 'syntax', range: { start: { line: 1, character: 7 } } });
        expect(unclosedString[0].message).toContain('따옴표');
        const unclosedComment = (await checkText(plan('region "부산" /* 메모'))).diagnostics;
        expect(unclosedComment[0]).toMatchObject({ code: 'syntax', range: { start: { line: 1, character: 12 } } });
        expect(unclosedComment[0].message).toContain('*/');
        const stray = (await checkText(plan('region "부산" #'))).diagnostics;
        expect(stray[0].message).toMatch(/^알 수 없는 문자 '#'이\(가\) 있습니다\./);
    });
});
