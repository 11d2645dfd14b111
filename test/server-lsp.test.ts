import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { CodeAction, Hover, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { SERVER } from './cli-helpers.js';
import { example } from './helpers.js';

/** The built language server over stdio, driven as an editor drives it. */
describe('the language server process', () => {
    let server: ChildProcess;
    let connection: MessageConnection;
    const published: PublishDiagnosticsParams[] = [];
    const uri = 'file:///plans/daegu.cplan';
    const text = example('daegu-draft.cplan');

    const nextDiagnostics = (after: number) => new Promise<PublishDiagnosticsParams>((resolve, reject) => {
        const started = Date.now();
        const poll = () => {
            const found = published.slice(after).find(params => params.uri === uri);
            if (found) {
                resolve(found);
            } else if (Date.now() - started > 20_000) {
                reject(new Error('no diagnostics'));
            } else {
                setTimeout(poll, 20);
            }
        };
        poll();
    });

    beforeAll(async () => {
        server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => { published.push(params); });
        connection.onRequest('workspace/configuration', () => [{ rules: {}, language: 'auto' }]);
        connection.onRequest('client/registerCapability', () => null);
        connection.onNotification('window/logMessage', () => undefined);
        connection.listen();
        await connection.sendRequest('initialize', {
            processId: process.pid, rootUri: null, locale: 'ko',
            capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } } }
        });
        await connection.sendNotification('initialized', {});
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cluster-plan', version: 1, text } });
    });

    afterAll(() => {
        connection?.dispose();
        server?.kill();
    });

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
        const hover = await connection.sendRequest<Hover>('textDocument/hover', { textDocument: { uri }, position: independent.range.start });
        expect(JSON.stringify(hover.contents)).toContain('전담기구는 기존 지자체 조직에서 독립한다.');
        const actions = await connection.sendRequest<CodeAction[]>('textDocument/codeAction', {
            textDocument: { uri }, range: independent.range, context: { diagnostics: [independent] }
        });
        expect(actions.map(action => action.title)).toContain('전담기구 DBP에 independent 추가 (지자체 조직에서 독립)');
    });

    test('a settings change turns a rule off and switches the language of open plans', async () => {
        await nextDiagnostics(0);
        const before = published.length;
        await connection.sendNotification('workspace/didChangeConfiguration', {
            settings: { clusterPlan: { rules: { 'agency-independent': 'off' }, language: 'en' } }
        });
        let latest = await nextDiagnostics(before);
        while (latest.diagnostics.some(diagnostic => diagnostic.code === 'agency-independent')) {
            latest = await nextDiagnostics(published.indexOf(latest) + 1);
        }
        expect(latest.diagnostics.find(diagnostic => diagnostic.code === 'agency-budget')?.message).toBe('Agency DBP has no `budget` of its own.');
    });
});
