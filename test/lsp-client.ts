import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
    type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
import { SERVER } from './cli-helpers.js';

/** A language client over stdio to the built server, as an editor would speak to it. */
export interface TestClient {
    readonly connection: ProtocolConnection;
    readonly process: ChildProcessWithoutNullStreams;
    /** Resolves with the next diagnostics published for the URI. */
    diagnosticsFor(uri: string): Promise<PublishDiagnosticsParams>;
    stop(): Promise<void>;
}

export async function startServer(options: { locale?: string; rootUri?: string | null } = {}): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const waiting: Array<{ uri: string; resolve: (params: PublishDiagnosticsParams) => void }> = [];
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
        const index = waiting.findIndex(w => w.uri === params.uri);
        if (index >= 0) {
            waiting.splice(index, 1)[0].resolve(params);
        }
    });
    connection.onRequest('workspace/configuration', () => []);
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    await connection.sendRequest('initialize', {
        processId: process.pid,
        rootUri: options.rootUri ?? null,
        locale: options.locale,
        capabilities: { workspace: { configuration: true } }
    });
    await connection.sendNotification('initialized', {});
    return {
        connection,
        process: child,
        diagnosticsFor: uri => new Promise(resolve => waiting.push({ uri, resolve })),
        stop: async () => {
            try {
                await connection.sendRequest('shutdown');
                await connection.sendNotification('exit');
            } finally {
                connection.dispose();
                child.kill();
            }
        }
    };
}
