import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CodeAction, Hover, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { runCplan, SERVER } from './cli-helpers.js';
import { example } from './helpers.js';
import { LspClient } from './support/lsp-client.js';

/* The built language server over stdio, driven as editors drive it: one client per editor setup. */

/** An editor that asks for settings and declares nothing else, in `locale`. */
async function startServer(locale: string): Promise<LspClient> {
    const client = new LspClient({ server: SERVER });
    await client.initialize({ locale, capabilities: { workspace: { configuration: true } } });
    return client;
}

describe('the stdio language server', () => {
    let client: LspClient;

    beforeAll(async () => {
        client = await startServer('ko');
    });

    afterAll(async () => {
        await client.stop();
    });

    const open = async (name: string, text: string, version = 1) => {
        const uri = `file:///work/plans/${name}`;
        const since = client.notifications.length;
        await client.notify('textDocument/didOpen', {
            textDocument: { uri, languageId: 'cluster-plan', version, text }
        });
        return { uri, diagnostics: (await client.waitForDiagnostics(uri, { since })).diagnostics };
    };

    test('publishes the same diagnostics as the CLI for the same text', async () => {
        for (const name of ['daegu-draft.cplan', 'busan-marine-bio.cplan']) {
            const { diagnostics } = await open(name, example(name));
            const cli = JSON.parse(runCplan(['check', '--format', 'json', `examples/${name}`]).stdout);
            const fromCli = cli.files[0].diagnostics.map((d: { code: string; line: number; column: number; message: string }) =>
                `${d.line}:${d.column} ${d.code} ${d.message}`).sort();
            const fromServer = diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`).sort();
            expect(fromServer).toEqual(fromCli);
        }
    });

    test('updates the diagnostics as the plan is edited', async () => {
        const text = example('daegu-draft.cplan');
        const { uri, diagnostics } = await open('edited.cplan', text);
        expect(diagnostics.map(d => d.code)).toContain('agency-independent');
        const fixed = text.replace('mandate "바이오 사업 관리"', 'independent\n        mandate "바이오 사업 관리"');
        const since = client.notifications.length;
        await client.notify('textDocument/didChange', {
            textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }]
        });
        expect((await client.waitForDiagnostics(uri, { since })).diagnostics.map(d => d.code)).not.toContain('agency-independent');
    });

    test('survives malformed text and keeps answering', async () => {
        const { diagnostics } = await open('broken.cplan', 'plan { \u0000 "unterminated \n }}} agency');
        expect(diagnostics.length).toBeGreaterThan(0);
        expect(diagnostics.every(d => d.code === 'syntax' || d.code === 'reference')).toBe(true);
        const { diagnostics: after } = await open('after.cplan', readFileSync(new URL('../examples/busan-marine-bio.cplan', import.meta.url), 'utf8'));
        expect(after).toEqual([]);
    });
});

describe('the language of messages', () => {
    test('follows the editor: English for an English editor, Korean otherwise', async () => {
        for (const [locale, expected] of [['en-US', /^The assessment names no weakness\./], ['de', /^현황 진단/]] as const) {
            const client = await startServer(locale);
            try {
                const uri = 'file:///work/plans/lang.cplan';
                await client.notify('textDocument/didOpen', {
                    textDocument: { uri, languageId: 'cluster-plan', version: 1, text: example('daegu-draft.cplan') }
                });
                const messages = (await client.waitForDiagnostics(uri)).diagnostics.filter(d => d.code === 'assessment-required').map(d => d.message);
                expect(messages[0]).toMatch(expected);
            } finally {
                await client.stop();
            }
        }
    });
});

/** A quick fix that inserts a placeholder, asked of a server started for an editor with or without snippet edits. */
async function agencyFixAsked(snippetEditSupport: boolean): Promise<CodeAction> {
    const client = new LspClient({ server: SERVER });
    try {
        await client.initialize({ locale: 'ko', capabilities: { workspace: { configuration: true, workspaceEdit: { snippetEditSupport } } } });
        const uri = 'file:///plans/snippets.cplan';
        await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cluster-plan', version: 1, text: 'plan P "p" {\n    region "부산"\n}\n' } });
        const required = (await client.waitForDiagnostics(uri)).diagnostics.find(diagnostic => diagnostic.code === 'agency-required')!;
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: required.range, context: { diagnostics: [required] } });
        return actions[0];
    } finally {
        await client.stop();
    }
}

describe('quick fixes and the editor\'s snippet edits', () => {
    test('an editor that takes snippet edits gets tab stops in the placeholders; another gets plain text', async () => {
        const snippet = await agencyFixAsked(true);
        const [change] = snippet.edit?.documentChanges as TextDocumentEdit[];
        expect(change.edits.map(edit => 'snippet' in edit ? edit.snippet.value : '')).toEqual([expect.stringContaining('agency ClusterAgency "${1:<전담기구 이름>}" {')]);
        const plain = await agencyFixAsked(false);
        expect(plain.edit?.documentChanges).toBeUndefined();
        expect(Object.values(plain.edit?.changes ?? {})[0]?.[0]?.newText).toContain('agency ClusterAgency "<전담기구 이름>" {');
    });
});

/** The built language server over stdio, driven as an editor drives it. */
describe('the language server process', () => {
    let client: LspClient;
    const uri = 'file:///plans/daegu.cplan';
    const text = example('daegu-draft.cplan');

    /** The first diagnostics for the plan among the notifications from index `after` on. */
    const nextDiagnostics = (after: number) => client.waitForDiagnostics(uri, { since: after });

    beforeAll(async () => {
        client = new LspClient({ server: SERVER, settings: { clusterPlan: { rules: {}, language: 'auto' } } });
        await client.initialize({
            locale: 'ko',
            capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } }
        });
        await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cluster-plan', version: 1, text } });
    });

    afterAll(() => client?.stop());

    test('publishes diagnostics that link to the installed rule pages', async () => {
        const { diagnostics } = await nextDiagnostics(0);
        const independent = diagnostics.find(diagnostic => diagnostic.code === 'agency-independent')!;
        expect(independent.message).toContain('독립');
        expect(independent.codeDescription?.href).toMatch(/docs\/rules\/agency-independent\.md$/);
        expect(existsSync(fileURLToPath(independent.codeDescription!.href))).toBe(true);
    });

    test('hovers the rule of a diagnostic and offers the independent quick fix', async () => {
        const { diagnostics } = await nextDiagnostics(0);
        const independent = diagnostics.find(diagnostic => diagnostic.code === 'agency-independent')!;
        const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: independent.range.start });
        expect(JSON.stringify(hover.contents)).toContain('전담기구는 기존 지자체 조직에서 독립한다.');
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri }, range: independent.range, context: { diagnostics: [independent] }
        });
        expect(actions.map(action => action.title)).toContain('전담기구 DBP에 independent 추가 (지자체 조직에서 독립)');
    });

    test('a settings change turns a rule off and switches the language of open plans', async () => {
        await nextDiagnostics(0);
        const before = client.notifications.length;
        await client.notify('workspace/didChangeConfiguration', {
            settings: { clusterPlan: { rules: { 'agency-independent': 'off' }, language: 'en' } }
        });
        let latest = await nextDiagnostics(before);
        while (latest.diagnostics.some(diagnostic => diagnostic.code === 'agency-independent')) {
            latest = await nextDiagnostics(client.notifications.findIndex(n => n.params === latest) + 1);
        }
        expect(latest.diagnostics.find(diagnostic => diagnostic.code === 'agency-budget')?.message).toMatch(/^The budget of agency DBP is 0 억원, which is no budget at all\./);
    });
});

describe('the language server answers the editor features over stdio', () => {
    let client: LspClient;
    const uri = 'file:///plans/daegu-draft.cplan';
    let capabilities: Record<string, unknown>;

    beforeAll(async () => {
        client = new LspClient({ server: SERVER });
        // An editor that declares no capabilities: the server offers its features all the same.
        capabilities = (await client.initialize({ processId: null, capabilities: {}, locale: 'ko' })).capabilities as Record<string, unknown>;
        client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cluster-plan', version: 1, text: example('daegu-draft.cplan') } });
        // The first answer that needs the built document waits until it is ready.
        await client.request('textDocument/documentSymbol', { textDocument: { uri } });
    });

    afterAll(() => client.stop());

    test('advertises every feature and the semantic token legend', () => {
        for (const feature of ['completionProvider', 'documentFormattingProvider', 'documentSymbolProvider', 'definitionProvider',
            'referencesProvider', 'renameProvider', 'workspaceSymbolProvider', 'foldingRangeProvider', 'inlayHintProvider', 'codeLensProvider']) {
            expect(capabilities[feature], feature).toBeTruthy();
        }
        expect((capabilities.semanticTokensProvider as { legend: unknown }).legend).toEqual({
            tokenTypes: ['class', 'function', 'struct', 'enumMember'], tokenModifiers: ['declaration']
        });
    });

    test('code lens, inlay hints, rename refusal and formatting', async () => {
        const lenses = await client.request<Array<{ command: { title: string; command: string } }>>('textDocument/codeLens', { textDocument: { uri } });
        expect(lenses[0].command).toMatchObject({ title: '원칙 준수 10/56', command: 'workbench.actions.view.problems' });
        const hints = await client.request<Array<{ label: string }>>('textDocument/inlayHint', {
            textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } }
        });
        expect(hints.map(hint => hint.label)).toEqual(['· 5년', '· 7년', '· 3년']);
        const agencyLine = example('daegu-draft.cplan').split('\n').findIndex(line => line.includes('agency DBP'));
        await expect(client.request('textDocument/rename', {
            textDocument: { uri }, position: { line: agencyLine, character: 12 }, newName: 'KNU'
        })).rejects.toThrow('\'KNU\'은(는) 이 계획에 이미 있는 대학·연구기관의 이름입니다. 다른 이름을 고르세요.');
        const edits = await client.request<Array<{ newText: string }>>('textDocument/formatting', {
            textDocument: { uri }, options: { tabSize: 4, insertSpaces: true }
        });
        expect(edits).toHaveLength(1);
        expect(edits[0].newText).toContain('    firm A "에이바이오(주)" {\n        stage startup\n    }\n');
    });
});
