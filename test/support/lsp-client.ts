import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import {
    CancellationToken, createProtocolConnection, ErrorCodes, ResponseError, StreamMessageReader, StreamMessageWriter,
    type ConfigurationParams, type InitializeParams, type InitializeResult, type ProtocolConnection,
    type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
import { NODE_FLAGS } from '../../src/node-flags.js';

export { CancellationTokenSource, ResponseError } from 'vscode-languageserver-protocol/node';

export interface LspClientOptions {
    /** The built server, `out/server.cjs`; it is started with `--stdio`. */
    readonly server: string;
    /** A script Node loads before the server (`node -r`), e.g. a test instrument. */
    readonly preload?: string;
    /** Added to this process's environment. */
    readonly env?: Readonly<Record<string, string>>;
    /** The editor settings by section (e.g. `clusterPlan`), answered to `workspace/configuration`; others are null. */
    readonly settings?: Readonly<Record<string, unknown>>;
}

export interface Notification {
    readonly method: string;
    readonly params: unknown;
}

export interface WaitOptions {
    /** Looks only at notifications from this index of `notifications` on: take `notifications.length` before acting to wait for what follows. */
    readonly since?: number;
    readonly timeoutMs?: number;
}

/** The client capabilities an editor that shows diagnostics, completion, hover and outline declares. */
const EDITOR_CAPABILITIES: InitializeParams['capabilities'] = {
    workspace: { configuration: true },
    textDocument: { publishDiagnostics: {}, completion: {}, hover: {}, documentSymbol: {} }
};

/**
 * A language client for the BUILT server (`out/server.cjs --stdio`), speaking to it over stdio
 * as an editor does: started with the product's Node flags, it answers the server's requests
 * (settings, capability registration, progress) and keeps every notification the server sends.
 */
export class LspClient {
    /** Every notification from the server, in the order it came. */
    readonly notifications: Notification[] = [];
    /** All the server wrote to stderr. */
    stderr = '';
    private readonly process: ChildProcessWithoutNullStreams;
    private readonly connection: ProtocolConnection;
    private listeners: Array<() => void> = [];

    constructor(options: LspClientOptions) {
        const preload = options.preload ? ['-r', options.preload] : [];
        this.process = spawn(process.execPath, [...NODE_FLAGS, ...preload, options.server, '--stdio'], {
            stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env }
        });
        this.process.stderr.on('data', (chunk: Buffer) => { this.stderr += chunk.toString('utf8'); });
        this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
        this.connection.onUnhandledNotification(({ method, params }) => {
            this.notifications.push({ method, params });
            const listeners = this.listeners;
            this.listeners = [];
            listeners.forEach(listener => listener());
        });
        this.connection.onRequest('workspace/configuration', ({ items }: ConfigurationParams) =>
            items.map(item => options.settings?.[item.section ?? ''] ?? null));
        for (const accepted of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create']) {
            this.connection.onRequest(accepted, () => null);
        }
        // Requests still waiting when the server goes are rejected (as a ResponseError) by the disposal.
        this.process.on('close', () => this.connection.dispose());
        this.connection.listen();
    }

    get alive(): boolean {
        return this.process.exitCode === null && this.process.signalCode === null;
    }

    /**
     * `initialize` then `initialized`. By default an editor in Korean that declares
     * `EDITOR_CAPABILITIES`, with `rootUri` (if any) as its one workspace folder.
     */
    async initialize(params: Partial<InitializeParams> = {}): Promise<InitializeResult> {
        const rootUri = params.rootUri ?? null;
        const result = await this.request<InitializeResult>('initialize', {
            processId: process.pid, locale: 'ko', capabilities: EDITOR_CAPABILITIES,
            workspaceFolders: rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
            ...params, rootUri
        });
        await this.notify('initialized', {});
        return result;
    }

    /** The answer to a request; an error answer rejects with a `ResponseError`. Cancelling `token` sends `$/cancelRequest`. */
    async request<R = unknown>(method: string, params?: unknown, token?: CancellationToken): Promise<R> {
        try {
            // A trailing undefined would be sent as a second, positional parameter.
            return await (token ? this.connection.sendRequest<R>(method, params, token) : this.connection.sendRequest<R>(method, params));
        } catch (error) {
            if (error instanceof ResponseError && error.code === ErrorCodes.PendingResponseRejected) {
                // The server went away: what it last wrote to stderr says why.
                throw new ResponseError(error.code, `${method}: the server exited; stderr: ${this.stderr}`);
            }
            throw error;
        }
    }

    /** Answers the server's requests of one method (e.g. `window/showDocument`) with `handler`. */
    handle(method: string, handler: (params: unknown) => unknown): void {
        this.connection.onRequest(method, handler);
    }

    notify(method: string, params?: unknown): Promise<void> {
        return this.connection.sendNotification(method, params);
    }

    /** The first notification that `match` accepts, looking at those already received too. */
    async waitFor(match: (notification: Notification) => boolean, { since = 0, timeoutMs = 20_000 }: WaitOptions = {}): Promise<Notification> {
        const deadline = Date.now() + timeoutMs;
        for (let index = since; ; index++) {
            while (index >= this.notifications.length) {
                const remaining = deadline - Date.now();
                if (remaining <= 0) {
                    throw new Error(`timed out after ${timeoutMs} ms waiting for a notification from the server; stderr: ${this.stderr}`);
                }
                await new Promise<void>(resolve => {
                    const timer = setTimeout(resolve, remaining);
                    this.listeners.push(() => { clearTimeout(timer); resolve(); });
                });
            }
            if (match(this.notifications[index])) {
                return this.notifications[index];
            }
        }
    }

    /** The first diagnostics published for `uri` (from `since` on). */
    async waitForDiagnostics(uri: string, options: WaitOptions = {}): Promise<PublishDiagnosticsParams> {
        const found = await this.waitFor(n => n.method === 'textDocument/publishDiagnostics' && (n.params as PublishDiagnosticsParams).uri === uri, options);
        return found.params as PublishDiagnosticsParams;
    }

    /** Resident set size of the server process in kilobytes, from /proc (Linux). */
    rssKb(): number {
        const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
        return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1]);
    }

    /** CPU time the server has used so far in ms, where /proc tells it (Linux), else undefined. */
    cpuTimeMs(): number | undefined {
        try {
            const fields = readFileSync(`/proc/${this.process.pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
            // utime and stime, in clock ticks of 10 ms.
            return (Number(fields[11]) + Number(fields[12])) * 10;
        } catch {
            return undefined;
        }
    }

    /** `shutdown` and `exit` as an editor ends a session; a server that does not exit within 3 s is killed. */
    async stop(): Promise<void> {
        if (this.alive) {
            const exited = new Promise<void>(resolve => this.process.once('exit', () => resolve()));
            const timer = setTimeout(() => this.process.kill('SIGKILL'), 3000);
            const shutDown = this.request('shutdown').then(() => this.notify('exit'));
            // A server that is going or gone already rejects them; the timer makes sure it goes.
            await Promise.race([shutDown, exited]).catch(() => undefined);
            shutDown.catch(() => undefined);
            await exited;
            clearTimeout(timer);
        }
        this.connection.dispose();
    }
}
