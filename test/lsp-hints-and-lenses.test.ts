import { parseHelper } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import type { CodeLens, InlayHint } from 'vscode-languageserver';
import { example, services } from './helpers.js';

const parse = parseHelper(services);

afterEach(() => {
    services.plan.Settings.locale = 'ko';
    services.plan.Settings.severities = {};
    services.plan.AnalysisCache.clear();
});

async function hintsOf(text: string): Promise<Array<[string, string]>> {
    const document = await parse(text);
    const hints: InlayHint[] = await services.lsp.InlayHintProvider!.getInlayHints(document, {
        textDocument: { uri: document.uri.toString() },
        range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) }
    }) ?? [];
    // Each hint with the text of the line up to where it is shown.
    return hints.map(hint => [text.split('\n')[hint.position.line].slice(0, hint.position.character).trim(), String(hint.label)]);
}

async function lensesOf(text: string): Promise<CodeLens[]> {
    const document = await parse(text, { validation: true });
    return await services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
}

describe('inlay hints', () => {
    const PLAN = `plan P "p" {
    horizon 2026 to 2037
    agency A "기구" { budget 120 억원 }
    fund F "펀드" { amount 2.5 조원 }
    task T1 "과제" { period 2026 to 2028 budget 3000000 USD }
    task T2 "과제" { period 2027 to 2027 budget 550 백만원 }
    task T3 "과제" { period 2030 to 2028 budget 5000000000 KRW }
}`;

    test('years after each period and the horizon, 억원 after amounts in other units', async () => {
        expect(await hintsOf(PLAN)).toEqual([
            ['horizon 2026 to 2037', '· 12년'],
            ['fund F "펀드" { amount 2.5 조원', '· 25,000억원'],
            ['task T1 "과제" { period 2026 to 2028', '· 3년'],
            ['task T1 "과제" { period 2026 to 2028 budget 3000000 USD', '· 42억원'],
            ['task T2 "과제" { period 2027 to 2027', '· 1년'],
            ['task T2 "과제" { period 2027 to 2027 budget 550 백만원', '· 5.5억원'],
            ['task T3 "과제" { period 2030 to 2028 budget 5000000000 KRW', '· 50억원']
        ]);
    });

    test('in English, with the planning exchange rate in the tooltip of a dollar amount', async () => {
        services.plan.Settings.locale = 'en';
        expect((await hintsOf(PLAN)).map(([, label]) => label)).toEqual(
            ['· 12 years', '· 25,000억원', '· 3 years', '· 42억원', '· 1 year', '· 5.5억원', '· 50억원']);
        const document = await parse(PLAN);
        const hints = await services.lsp.InlayHintProvider!.getInlayHints(document, {
            textDocument: { uri: document.uri.toString() }, range: { start: { line: 4, character: 0 }, end: { line: 5, character: 0 } }
        });
        expect(hints?.find(hint => hint.label === '· 42억원')?.tooltip).toBe(
            'the amount in 억원 (100 million won), at the planning rate of 1,400 won per dollar');
    });
});

describe('compliance code lens', () => {
    const titles = (lenses: readonly CodeLens[]) => lenses.map(lens => lens.command?.title);

    test('a clean plan meets every principle that applies', async () => {
        const lenses = await lensesOf(example('busan-marine-bio.cplan'));
        expect(titles(lenses)).toEqual([
            '원칙 준수 59/59', '발전 로드맵 14/14', '추진체계와 역할분담 9/9', '혁신 기반과 선택적 지원 13/13',
            '클러스터 중심 정책 7/7', '네트워크 7/7', '계획 작성 점검 9/9'
        ]);
        expect(lenses.every(lens => lens.range.start.line === 4 && lens.range.start.character === 0)).toBe(true);
        expect(lenses.every(lens => lens.command?.command === 'workbench.actions.view.problems')).toBe(true);
        expect(lenses[0].command?.tooltip).toBe('문제 보기 열기');
    });

    test('a draft shows what it misses, by category; a waived rule counts as passed', async () => {
        expect(titles(await lensesOf(example('daegu-draft.cplan')))).toEqual([
            '원칙 준수 10/56', '발전 로드맵 1/11', '추진체계와 역할분담 2/8', '혁신 기반과 선택적 지원 0/12',
            '클러스터 중심 정책 0/7', '네트워크 1/6', '계획 작성 점검 6/12'
        ]);
    });

    test('a rule switched off leaves the score; English titles', async () => {
        services.plan.Settings.locale = 'en';
        services.plan.Settings.severities = { 'champion-required': 'off', 'horizon-ten-years': 'off' };
        services.plan.AnalysisCache.clear();
        expect(titles(await lensesOf(example('daegu-draft.cplan')))).toEqual([
            'principles met 9/54', 'Roadmap 1/10', 'Governance 1/7', 'Innovation base and selective support 0/12',
            'Cluster-centred policy 0/7', 'Networks 1/6', 'Plan hygiene 6/12'
        ]);
    });

    test('a plan that does not parse gets no score, but says why', async () => {
        expect(titles(await lensesOf('plan P "p" {\n    region\n}'))).toEqual(['구문 오류를 고치면 원칙 준수 점수를 보여 드립니다']);
    });
});
