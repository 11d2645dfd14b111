import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import {
    expectFindReferences, expectFoldings, expectGoToDefinition, expectSemanticToken, expectSymbols, highlightHelper, parseHelper
} from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import { ResponseError, SemanticTokenTypes, SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createClusterPlanServices } from '../src/lsp/cluster-plan-lsp-module.js';
import { example, services } from './helpers.js';

afterEach(() => {
    services.plan.Settings.locale = 'ko';
});

const PLAN = `plan P "계획" {
    agency A "진흥원"
    firm F "기업"
    network N "포럼" { members A, F host A }
    task T1 "과제1" { owner A goals talent }
    task T2 "과제2" { owner F after T1 }
}`;

describe('outline', () => {
    test('groups the elements by kind, with their titles', async () => {
        await expectSymbols(services)({
            text: example('busan-marine-bio.cplan'),
            disposeAfterCheck: true,
            assert: symbols => {
                expect(symbols.map(symbol => [symbol.name, symbol.detail, symbol.kind])).toEqual(
                    [['BusanMarineBio', '부산 해양바이오 클러스터 발전계획 2026–2037', SymbolKind.Module]]);
                const children = symbols[0].children ?? [];
                expect(children.map(child => child.name)).toEqual([
                    '현황 진단', '비전', '전담기구 (1)', '정부 (2)', '챔피언 (1)', '대학·연구기관 (3)', '기업 (3)', '연관산업 (1)',
                    '펀드 (3)', '네트워크 (2)', '연계(link) (2)', '과제 (7)', '시스템 문제: 시장니즈와 대학·공공기관 역할 불일치'
                ]);
                const institutions = children.find(child => child.name === '대학·연구기관 (3)') as DocumentSymbol;
                expect(institutions.children?.map(child => [child.name, child.detail, child.kind])).toEqual([
                    ['MarineInst', '국립 해양바이오 연구원', SymbolKind.Class],
                    ['PNU', '부산대학교 해양생명공학과', SymbolKind.Class],
                    ['PKNU', '부경대학교 해양바이오 인력양성센터', SymbolKind.Class]
                ]);
                const tasks = children.find(child => child.name === '과제 (7)') as DocumentSymbol;
                expect(tasks.children?.map(child => child.name)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7']);
                expect(tasks.children?.[0].selectionRange.start).toEqual({ line: 138, character: 9 });
            }
        });
    });

    test('speaks English when the display language is English', async () => {
        services.plan.Settings.locale = 'en';
        await expectSymbols(services)({
            text: PLAN,
            disposeAfterCheck: true,
            assert: symbols => expect(symbols[0].children?.map(child => child.name)).toEqual(['agency (1)', 'firm (1)', 'network (1)', 'task (2)'])
        });
    });
});

describe('go to definition and find references', () => {
    test('a reference leads to the element it names', async () => {
        await expectGoToDefinition(services)({
            text: `plan P "p" {
    agency <|A|> "진흥원"
    task T1 "과제" { owner <|>A }
}`,
            index: 0,
            rangeIndex: 0,
            disposeAfterCheck: true
        });
    });

    test('finds every reference to an element, within its plan', async () => {
        await expectFindReferences(services)({
            text: `plan P "p" {
    agency <|A|> "진흥원"
    firm F "기업"
    network N "포럼" { members <|A|>, F host <|<|>A|> }
    task T1 "과제" { owner <|A|> }
}`,
            includeDeclaration: true,
            disposeAfterCheck: true
        });
    });
});

describe('rename', () => {
    const parse = parseHelper(services);

    async function rename(text: string, newName: string): Promise<string> {
        const offset = text.indexOf('<|>');
        const document = await parse(text.replace('<|>', ''));
        const edit = await services.lsp.RenameProvider!.rename(document, {
            textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset), newName
        });
        return TextDocument.applyEdits(document.textDocument, edit?.changes?.[document.uri.toString()] ?? []);
    }

    test('renames the element and every reference to it', async () => {
        expect(await rename(PLAN.replace('agency A', 'agency <|>A'), 'BMBA')).toBe(`plan P "계획" {
    agency BMBA "진흥원"
    firm F "기업"
    network N "포럼" { members BMBA, F host BMBA }
    task T1 "과제1" { owner BMBA goals talent }
    task T2 "과제2" { owner F after T1 }
}`);
    });

    test('renaming from a reference works too, and a Korean name or a keyword-spelled name is fine', async () => {
        const renamed = await rename(PLAN.replace('after T1', 'after <|>T1'), '단기1');
        expect(renamed).toContain('task 단기1 "과제1"');
        expect(renamed).toContain('after 단기1');
        expect(await rename(PLAN.replace('firm F', 'firm <|>F'), 'research')).toContain('members A, research host A');
    });

    test('refuses a name another element already has', async () => {
        await expect(rename(PLAN.replace('agency A', 'agency <|>A'), 'F')).rejects.toThrow(
            new ResponseError(-32602, '\'F\'은(는) 이 계획에 이미 있는 기업의 이름입니다. 다른 이름을 고르세요.'));
        services.plan.Settings.locale = 'en';
        await expect(rename(PLAN.replace('agency A', 'agency <|>A'), 'T2')).rejects.toThrow(
            '\'T2\' is already the name of a task in this plan: choose another name.');
    });

    test.each(['1st', 'two words', 'a-b', '"A"', ''])('refuses an invalid name: %j', async newName => {
        await expect(rename(PLAN.replace('agency A', 'agency <|>A'), newName)).rejects.toThrow(/이름으로 쓸 수 없습니다/);
    });

    test('names are local: the same name in another plan is untouched', async () => {
        const other = await parse('plan Q "q" {\n    agency A "다른 기구"\n    task X "x" { owner A }\n}');
        expect(await rename(PLAN.replace('agency A', 'agency <|>A'), 'B')).toContain('owner B goals talent');
        expect(other.textDocument.getText()).toContain('owner A');
    });
});

describe('workspace symbols', () => {
    test('finds elements of every open plan by name or title, naming their plan', async () => {
        const { shared, ClusterPlan } = createClusterPlanServices(EmptyFileSystem);
        const documents: LangiumDocument[] = ['busan-marine-bio.cplan', 'daegu-draft.cplan'].map(name =>
            shared.workspace.LangiumDocumentFactory.fromString(example(name), URI.parse(`memory:///${name}`)));
        documents.forEach(document => shared.workspace.LangiumDocuments.addDocument(document));
        await shared.workspace.DocumentBuilder.build(documents);
        const provider = shared.lsp.WorkspaceSymbolProvider!;

        const tasks = await provider.getSymbols({ query: 'T1' });
        expect(tasks.map(symbol => [symbol.name, symbol.location.uri, symbol.containerName])).toEqual([
            ['T1', 'memory:/busan-marine-bio.cplan', '과제 · 핵심 연구인력 정주 여건 조성 — BusanMarineBio'],
            ['T1', 'memory:/daegu-draft.cplan', '과제 · 바이오 벤처 창업 지원 — DaeguDraft']
        ]);
        expect((await provider.getSymbols({ query: '진흥원' })).map(symbol => symbol.name)).toEqual(['BMBA']);
        expect((await provider.getSymbols({ query: '' })).length).toBeGreaterThan(20);
        expect(ClusterPlan.plan.Settings.locale).toBe('ko');
    });
});

describe('folding', () => {
    test('folds blocks, leaving the closing brace visible, and block comments', async () => {
        await expectFoldings(services)({
            text: `<|plan P "p" {
    <|/* 여러 줄
       주석 */|>
    <|agency A "진흥원" {
        independent|>
    }
    firm F "기업" { star }
    <|task T "과제" {
        term short
        goals talent|>
    }|>
}`,
            disposeAfterCheck: true
        });
    });

    test('a block comment is folded as a comment', async () => {
        const document = await parseHelper(services)('plan P "p" {\n    /* 여러 줄\n       주석 */\n}');
        const foldings = await services.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
        expect(foldings.map(folding => [folding.startLine, folding.endLine, folding.kind])).toEqual([[0, 2, undefined], [1, 2, 'comment']]);
    });
});

describe('semantic tokens', () => {
    test('actors, tasks, funds/networks/links and values have distinct token types', async () => {
        const tokens = await highlightHelper(services)(`plan P "p" {
    agency <|A|> "진흥원" { survey <|monthly|> }
    fund <|Fd|> "펀드"
    network <|N|> "포럼" { members <|A|> }
    link <|L|> "연계"
    task <|T1|> "과제" { owner <|A|> goals <|talent|> }
    task T2 "과제2" { after <|T1|> }
}`);
        const expected: SemanticTokenTypes[] = [
            SemanticTokenTypes.class, SemanticTokenTypes.enumMember, SemanticTokenTypes.struct, SemanticTokenTypes.struct,
            SemanticTokenTypes.class, SemanticTokenTypes.struct, SemanticTokenTypes.function, SemanticTokenTypes.class,
            SemanticTokenTypes.enumMember, SemanticTokenTypes.function
        ];
        expected.forEach((tokenType, rangeIndex) => expectSemanticToken(tokens, { rangeIndex, tokenType }));
    });

    test('a name spelled like a keyword, in either spelling, is a name, not a value; the legend lists the four types', async () => {
        const tokens = await highlightHelper(services)('plan P "p" {\n    firm <|research|> "기업"\n    institution I "기관" { tier <|global|> }\n}');
        expectSemanticToken(tokens, { rangeIndex: 0, tokenType: SemanticTokenTypes.class });
        expectSemanticToken(tokens, { rangeIndex: 1, tokenType: SemanticTokenTypes.enumMember });
        const korean = await highlightHelper(services)('계획 P "p" {\n    기업 <|연구|> "기업"\n    연구기관 I "기관" { 수준 <|글로벌|> }\n    과제 T "t" { 담당 <|연구|> 목표 <|핵심인력|> }\n}');
        [SemanticTokenTypes.class, SemanticTokenTypes.enumMember, SemanticTokenTypes.class, SemanticTokenTypes.enumMember]
            .forEach((tokenType, rangeIndex) => expectSemanticToken(korean, { rangeIndex, tokenType }));
        expect(services.lsp.SemanticTokenProvider!.semanticTokensOptions.legend).toEqual({
            tokenTypes: ['class', 'function', 'struct', 'enumMember'], tokenModifiers: ['declaration']
        });
    });
});
