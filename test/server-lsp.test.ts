import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CodeAction, Hover } from 'vscode-languageserver-protocol';
import { SERVER } from './cli-helpers.js';
import { example } from './helpers.js';
import { LspClient } from './support/lsp-client.js';

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
        expect(latest.diagnostics.find(diagnostic => diagnostic.code === 'agency-budget')?.message).toBe('Agency DBP has no `budget` of its own.');
    });
});
