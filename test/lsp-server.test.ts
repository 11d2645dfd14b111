import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SERVER } from './cli-helpers.js';
import { example } from './helpers.js';

/** A minimal LSP client over stdio: Content-Length framed JSON-RPC, as an editor speaks it. */
class StdioClient {
    private readonly server: ChildProcessWithoutNullStreams;
    private buffer = Buffer.alloc(0);
    private nextId = 1;
    private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

    constructor() {
        this.server = spawn(process.execPath, [SERVER, '--stdio']);
        this.server.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    }

    request<T>(method: string, params: unknown): Promise<T> {
        const id = this.nextId++;
        this.send({ jsonrpc: '2.0', id, method, params });
        return new Promise<T>((resolve, reject) => this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject }));
    }

    notify(method: string, params: unknown): void {
        this.send({ jsonrpc: '2.0', method, params });
    }

    stop(): void {
        this.server.kill();
    }

    private send(message: object): void {
        const body = Buffer.from(JSON.stringify(message), 'utf8');
        this.server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
        this.server.stdin.write(body);
    }

    private receive(chunk: Buffer): void {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const headerEnd = this.buffer.indexOf('\r\n\r\n');
            const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
            if (headerEnd < 0 || this.buffer.length < headerEnd + 4 + length) {
                return;
            }
            const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
            this.buffer = this.buffer.subarray(headerEnd + 4 + length);
            if (message.id !== undefined && message.method !== undefined) {
                // A request from the server (configuration, registration): answer it emptily.
                this.send({ jsonrpc: '2.0', id: message.id, result: null });
            } else if (message.id !== undefined) {
                const waiting = this.pending.get(message.id);
                this.pending.delete(message.id);
                if (message.error) {
                    waiting?.reject(new Error(message.error.message));
                } else {
                    waiting?.resolve(message.result);
                }
            }
        }
    }
}

describe('the language server answers the editor features over stdio', () => {
    let client: StdioClient;
    const uri = 'file:///plans/daegu-draft.cplan';
    let capabilities: Record<string, unknown>;

    beforeAll(async () => {
        client = new StdioClient();
        capabilities = (await client.request<{ capabilities: Record<string, unknown> }>('initialize', {
            processId: null, rootUri: null, capabilities: {}, locale: 'ko'
        })).capabilities;
        client.notify('initialized', {});
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
