import { expectCompletion } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import { CompletionItemKind, type CompletionItem, type CompletionList } from 'vscode-languageserver';
import { checkText, codesOf, services } from './helpers.js';

const complete = expectCompletion(services);

afterEach(() => {
    services.plan.Settings.locale = 'ko';
});

/** Runs completion at the `<|>` marker with the given index and returns the items. */
async function itemsAt(text: string, index = 0): Promise<CompletionItem[]> {
    let items: CompletionItem[] = [];
    await complete({ text, index, assert: (list: CompletionList) => { items = list.items; }, disposeAfterCheck: true });
    return items;
}

const labelsOf = (items: readonly CompletionItem[], kind?: CompletionItemKind) =>
    items.filter(item => kind === undefined || item.kind === kind).map(item => item.label).sort();

const PLAN = (body: string) => `plan P "계획" {
    agency A "진흥원"
    government G "시청"
    champion C "챔피언"
    institution I "연구원"
    firm F "기업"
    industry H "병원"
    fund Fd "펀드"
    network N1 "포럼"
    link L "연계"
    task T1 "과제1" { term short }
    ${body}
}`;

const ACTORS = ['A', 'C', 'F', 'G', 'H', 'I'];

describe('completion offers only elements of the kind a reference takes', () => {
    test.each([
        ['owner', 'task T2 "과제2" { owner <|> }'],
        ['members', 'network N2 "망" { members <|> }'],
        ['host', 'network N2 "망" { host <|> }'],
        ['partner', 'link L2 "연계2" { partner <|> }'],
        ['via', 'network N2 "망" { bridge N1 via <|> }']
    ])('after %s: the six kinds of actors', async (_clause, body) => {
        const items = await itemsAt(PLAN(body));
        expect(labelsOf(items)).toEqual(ACTORS);
        expect(items.every(item => item.kind === CompletionItemKind.Class)).toBe(true);
    });

    test('after bridge: networks, but not the network itself', async () => {
        expect(labelsOf(await itemsAt(PLAN('network N2 "망" { bridge <|> }')))).toEqual(['N1']);
    });

    test('after outsource … to: links', async () => {
        expect(labelsOf(await itemsAt(PLAN('vision "v" { outsource clinical to <|> }')))).toEqual(['L']);
    });

    test('after after: tasks, but not the task itself', async () => {
        expect(labelsOf(await itemsAt(PLAN('task T2 "과제2" { after <|> }')))).toEqual(['T1']);
    });

    test('a reference shows the element\'s kind and title', async () => {
        const items = await itemsAt(PLAN('task T2 "과제2" { owner <|> }'));
        expect(items.find(item => item.label === 'A')?.detail).toBe('전담기구 · 진흥원');
    });

    test('a name already in the list is not offered again', async () => {
        expect(labelsOf(await itemsAt(PLAN('network N2 "망" { members A, F, <|> }')))).toEqual(['C', 'G', 'H', 'I']);
        expect(labelsOf(await itemsAt(PLAN('task T2 "과제2" { after T1, <|> }')))).toEqual([]);
    });

    test('no names are proposed where a new name is declared', async () => {
        expect(await itemsAt(PLAN('agency <|>'))).toEqual([]);
    });
});

describe('completion of values', () => {
    test('after goals: the eleven goals with their meaning and agenda', async () => {
        const items = await itemsAt(PLAN('task T2 "과제2" { goals <|> }'));
        expect(labelsOf(items, CompletionItemKind.EnumMember)).toEqual(
            ['finance', 'global', 'infrastructure', 'network', 'policy', 'research', 'researchers', 'services', 'startups', 'talent', 'workforce']);
        expect(items).toHaveLength(11);
        const talent = items.find(item => item.label === 'talent');
        expect(talent?.detail).toBe('핵심인력 유치 환경 · 핵심인력');
        expect(talent?.documentation).toBe('단기 과제의 목표 (여건 조성)');
        expect(items.find(item => item.label === 'global')?.documentation).toBe('장기 과제의 목표 (클러스터 역량)');
    });

    test('a goal already listed is not offered again', async () => {
        const items = await itemsAt(PLAN('task T2 "과제2" { goals talent, research, <|> }'));
        expect(labelsOf(items)).not.toContain('talent');
        expect(labelsOf(items)).not.toContain('research');
        expect(items).toHaveLength(9);
    });

    test('values carry the Korean label of their meaning in this place', async () => {
        const tiers = await itemsAt(PLAN('institution I2 "기관" { tier <|> }'));
        expect(tiers.map(item => [item.label, item.detail])).toEqual(
            expect.arrayContaining([['global', '세계적 수준 · 글로벌'], ['national', '국내 최고 수준 · 국가'], ['regional', '지역 수준 · 권역']]));
        const segments = await itemsAt(PLAN('vision "v" { position <|> }'));
        expect(segments.find(item => item.label === 'research')?.detail).toBe('기초연구 · 연구');
        const leadership = await itemsAt(PLAN('leadership <|>'));
        expect(labelsOf(leadership, CompletionItemKind.EnumMember)).toEqual(['government', 'joint', 'private']);
        expect(leadership.find(item => item.label === 'private')?.detail).toBe('민간 주도 · 민간');
    });

    test('labels follow the display language', async () => {
        services.plan.Settings.locale = 'en';
        const items = await itemsAt(PLAN('task T2 "과제2" { goals <|> }'));
        expect(items.find(item => item.label === 'talent')?.detail).toBe('environment to attract key people · 핵심인력');
    });
});

describe('snippets', () => {
    test('each element keyword comes with a snippet whose name is not taken yet', async () => {
        const items = await itemsAt(PLAN('task T2 "과제2" { term long }\n    <|>'));
        expect(labelsOf(items, CompletionItemKind.Snippet)).toEqual(
            ['agency', 'champion', 'firm', 'fund', 'government', 'industry', 'institution', 'link', 'network', 'task']);
        const task = items.find(item => item.kind === CompletionItemKind.Snippet && item.label === 'task');
        expect(task?.insertText).toContain('task ${1:T3} "${2:과제 이름}" {');
        expect(task?.insertText).toContain('\towner ${4|A,G,C,I,F,H|}');
        const agency = items.find(item => item.kind === CompletionItemKind.Snippet && item.label === 'agency');
        expect(agency?.insertText).toBe([
            'agency ${1:Agency} "${2:전담기구 이름}" {',
            '\tindependent',
            '\tbudget ${3:100} 억원',
            '\tmandate "${4:설명}"',
            '\tsurvey ${5|monthly,quarterly,annually|}',
            '}'
        ].join('\n'));
        expect(agency?.detail).toBe('새 전담기구 블록');
    });

    test('an empty file is offered a whole plan, in Korean keywords unless an English word is begun', async () => {
        const items = await itemsAt('<|>');
        const plan = items.find(item => item.kind === CompletionItemKind.Snippet);
        expect(plan?.label).toBe('계획');
        expect(plan?.insertText).toMatch(/^계획 \$\{1:NewPlan\} "\$\{2:바이오클러스터 발전계획\}" \{\n\t대상지역/);
        expect(plan?.insertText).toContain('\t상황인식 {\n\t\t현황');
        expect(plan?.insertText).toContain('\t주도 ${6|민간,정부,민관공동|}');
        const english = (await itemsAt('pl<|>')).find(item => item.kind === CompletionItemKind.Snippet);
        expect(english?.label).toBe('plan');
        expect(english?.insertText).toMatch(/^plan \$\{1:NewPlan\} "\$\{2:바이오클러스터 발전계획\}" \{\n\tregion/);
        expect(english?.insertText).toContain('\tleadership ${6|private,government,joint|}');
        // The whole plan comes first and is told apart from the bare keyword.
        const first = [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label))[0];
        expect(first).toBe(plan);
        expect(plan?.preselect).toBe(true);
        expect(plan?.labelDetails?.description).toBe('새 발전계획 (뼈대)');
    });

    test('the snippets parse once their placeholders are filled with the defaults', async () => {
        const items = await itemsAt(PLAN('<|>'));
        const bodies = items.filter(item => item.kind === CompletionItemKind.Snippet).map(item => fillDefaults(item.insertText ?? ''));
        const { diagnostics } = await checkText(PLAN(bodies.join('\n')).replace('task T1 "과제1"', 'task T0 "과제0"'));
        expect(codesOf(diagnostics)).not.toContain('syntax');
        expect(codesOf(diagnostics)).not.toContain('reference');
        expect(codesOf(diagnostics)).not.toContain('duplicate-name');
    });
});

/** What the editor inserts when the user accepts every default: first choice, placeholder text. */
function fillDefaults(snippet: string): string {
    return snippet
        .replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1')
        .replace(/\$\{\d+:([^}]*)\}/g, '$1')
        .replace(/\$0/g, '')
        .replace(/\t/g, '    ');
}

describe('completion in a Korean-keyword plan', () => {
    const KOREAN = (body: string) => `계획 P "계획" {
    전담기구 A "진흥원"
    기업 연구 "기업"
    과제 T1 "과제1" { 구분 단기 }
    ${body}
}`;

    test('keywords and values come in Korean, the English spelling in their detail', async () => {
        const goals = await itemsAt(KOREAN('과제 T2 "과제2" { 목표 <|> }'));
        expect(labelsOf(goals, CompletionItemKind.EnumMember)).toContain('핵심인력');
        expect(goals.find(item => item.label === '핵심인력')?.detail).toBe('핵심인력 유치 환경 · talent');
        const clauses = await itemsAt(KOREAN('과제 T2 "과제2" { <|> }'));
        expect(labelsOf(clauses, CompletionItemKind.Keyword)).toEqual(expect.arrayContaining(['구분', '기간', '담당', '목표', '선행과제', '예산']));
        expect(clauses.find(item => item.label === '기간')?.detail).toMatch(/^과제 기간: .* · period$/);
        // What a keyword means names the other keywords in Korean too: `계획 기간(horizon)` would repeat itself.
        expect(clauses.find(item => item.label === '기간')?.detail).toBe('과제 기간: 계획 기간 안에 있어야 합니다. · period');
        expect(clauses.find(item => item.label === '구분')?.detail).toBe('과제의 기간 구분: 단기 또는 장기. 단기와 장기 과제를 병행합니다. · term');
        expect(labelsOf(clauses).filter(label => /^[a-z]/.test(label))).toEqual([]);
    });

    test('a Latin word begun gets English keywords, a Hangul word Korean ones in an English plan', async () => {
        expect(labelsOf(await itemsAt(KOREAN('과제 T2 "과제2" { te<|> }')), CompletionItemKind.Keyword)).toContain('term');
        expect(labelsOf(await itemsAt(PLAN('task T2 "과제2" { 구<|> }')), CompletionItemKind.Keyword)).toContain('구분');
        expect(labelsOf(await itemsAt(PLAN('task T2 "과제2" { <|> }')), CompletionItemKind.Keyword)).toContain('term');
    });

    test('a value listed in Korean is not offered again; a name spelled like a keyword stays a name', async () => {
        const goals = await itemsAt(KOREAN('과제 T2 "과제2" { 목표 핵심인력, <|> }'));
        expect(labelsOf(goals)).not.toContain('핵심인력');
        expect(goals).toHaveLength(10);
        expect(labelsOf(await itemsAt(KOREAN('과제 T2 "과제2" { 담당 <|> }')))).toEqual(['A', '연구']);
    });

    test('element snippets write Korean keywords and keep the names they offer', async () => {
        const items = await itemsAt(KOREAN('<|>'));
        const task = items.find(item => item.kind === CompletionItemKind.Snippet && item.label === '과제');
        expect(task?.insertText).toContain('과제 ${1:T2} "${2:과제 이름}" {');
        expect(task?.insertText).toContain('\t담당 ${4|A,연구|}');
        expect(task?.insertText).toContain('\t구분 ${3|단기,장기|}');
        const bodies = items.filter(item => item.kind === CompletionItemKind.Snippet).map(item => fillDefaults(item.insertText ?? ''));
        const { diagnostics } = await checkText(KOREAN(bodies.join('\n')).replace('과제 T1 "과제1"', '과제 T0 "과제0"'));
        expect(codesOf(diagnostics)).not.toContain('syntax');
        expect(codesOf(diagnostics)).not.toContain('reference');
    });
});

describe('completion that teaches', () => {
    /** The items in the order the editor shows them: by sort text, then label. */
    const ordered = (items: readonly CompletionItem[]) => [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label));

    test.each([
        ['leadership <|>', 'private'],
        ['fund F2 "f" { selection <|> }', 'competitive'],
        ['fund F2 "f" { source <|> }', 'joint'],
        ['network N2 "n" { kind <|> }', 'business'],
        ['industry H2 "h" { kind <|> }', 'hospital'],
        ['network N2 "n" { meets <|> }', 'quarterly']
    ])('after `%s` the recommended value %s comes first and is preselected', async (body, recommended) => {
        const items = ordered(await itemsAt(PLAN(body)));
        expect(items[0].label).toBe(recommended);
        expect(items[0].preselect).toBe(true);
        expect(items.filter(item => item.preselect)).toHaveLength(1);
    });

    test('every keyword and value offered says what it means, in the display language', async () => {
        for (const body of ['<|>', 'agency A2 "a" { <|> }', 'fund F2 "f" { <|> }', 'task T2 "t" { <|> }', 'services <|>', 'task T2 "t" { goals <|> }']) {
            const items = (await itemsAt(PLAN(body))).filter(item => item.kind === CompletionItemKind.Keyword || item.kind === CompletionItemKind.EnumMember);
            expect(items.length, body).toBeGreaterThan(0);
            expect(items.filter(item => !item.detail).map(item => item.label), body).toEqual([]);
        }
        const [leadership] = (await itemsAt(PLAN('<|>'))).filter(item => item.label === 'leadership' && item.kind === CompletionItemKind.Keyword);
        expect(leadership.detail).toContain('클러스터 개발을 누가 주도하는지');
        services.plan.Settings.locale = 'en';
        const [horizon] = (await itemsAt(PLAN('<|>'))).filter(item => item.label === 'horizon' && item.kind === CompletionItemKind.Keyword);
        expect(horizon.detail).toContain('The plan period');
    });

    test('a space after a clause keyword offers its values; a space anywhere else offers nothing', async () => {
        /** Completion as the editor asks for it when a space is typed at `|`. */
        const completeAfterSpace = async (marked: string) => {
            const offset = marked.indexOf('|');
            const { document } = await checkText(marked.replace('|', ''));
            return services.lsp.CompletionProvider!.getCompletion(document, {
                textDocument: { uri: document.uri.toString() },
                position: document.textDocument.positionAt(offset),
                context: { triggerKind: 2, triggerCharacter: ' ' }
            });
        };
        const values = await completeAfterSpace('plan P "p" {\n    leadership |\n}\n');
        expect(values?.items.map(item => item.label).sort()).toEqual(['government', 'joint', 'private']);
        expect(await completeAfterSpace('plan P "p" {\n    |\n}\n')).toBeUndefined();
        expect(await completeAfterSpace('plan P "p" {\n    region |\n}\n')).toBeUndefined();
    });
});
