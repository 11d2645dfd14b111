import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SERVER } from './cli-helpers.js';
import { example } from './helpers.js';
import { LspClient } from './support/lsp-client.js';

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
        expect(lenses[0].command).toMatchObject({ title: '원칙 준수 10/44', command: 'workbench.actions.view.problems' });
        const hints = await client.request<Array<{ label: string }>>('textDocument/inlayHint', {
            textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } }
        });
        expect(hints.map(hint => hint.label)).toEqual(['· 5년', '· 7년']);
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
