import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { NODE_FLAGS } from '../../src/node-flags.js';
import { SERVER } from '../cli-helpers.js';

/** A JSON-RPC error as the server sent it. */
export class ResponseError extends Error {
    constructor(readonly code: number, message: string) {
        super(message);
    }
}

interface Pending {
    readonly resolve: (value: unknown) => void;
    readonly reject: (error: Error) => void;
}

/**
 * A minimal LSP client over the stdio of the BUILT server (`out/server.cjs --stdio`):
 * Content-Length framing, numbered requests, notifications, and an answer to each request
 * the server makes of the client (configuration, capability registration, progress).
 */
export class LspClient {
    readonly process: ChildProcessWithoutNullStreams;
    readonly notifications: Array<{ method: string; params: unknown }> = [];
    stderr = '';
    private nextId = 1;
    private readonly pending = new Map<number, Pending>();
    private buffer = Buffer.alloc(0);
    private listeners: Array<() => void> = [];

    /**
     * Started with the same Node flags as the editor extension starts it; `preload` adds a
     * test instrument (`node -r`) and `env` its settings.
     */
    constructor(options: { preload?: string; env?: Record<string, string> } = {}) {
        const preload = options.preload ? ['-r', options.preload] : [];
        this.process = spawn(process.execPath, [...NODE_FLAGS, ...preload, SERVER, '--stdio'], {
            stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, ...options.env }
        });
        this.process.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
        this.process.stderr.on('data', (chunk: Buffer) => { this.stderr += chunk.toString('utf8'); });
        this.process.on('exit', () => {
            for (const { reject } of this.pending.values()) {
                reject(new Error(`the server exited; stderr: ${this.stderr}`));
            }
            this.pending.clear();
        });
    }

    get alive(): boolean {
        return this.process.exitCode === null && this.process.signalCode === null;
    }

    /** Sends a request; returns its id with the promise of its answer, for `$/cancelRequest`. */
    send(method: string, params: unknown): { id: number; answer: Promise<unknown> } {
        const id = this.nextId++;
        const answer = new Promise<unknown>((resolve, reject) => this.pending.set(id, { resolve, reject }));
        this.write({ jsonrpc: '2.0', id, method, params });
        return { id, answer };
    }

    request(method: string, params: unknown): Promise<unknown> {
        return this.send(method, params).answer;
    }

    notify(method: string, params: unknown): void {
        this.write({ jsonrpc: '2.0', method, params });
    }

    /** Waits until a notification matches, looking at those already received first. */
    async waitFor(match: (notification: { method: string; params: unknown }) => boolean, timeoutMs = 20_000): Promise<{ method: string; params: unknown }> {
        const deadline = Date.now() + timeoutMs;
        for (;;) {
            const found = this.notifications.find(match);
            if (found) {
                return found;
            }
            if (Date.now() > deadline) {
                throw new Error('timed out waiting for a notification');
            }
            await new Promise<void>(resolve => {
                this.listeners.push(resolve);
                setTimeout(resolve, 100);
            });
        }
    }

    /** Resident set size of the server process in kilobytes, from /proc. */
    rssKb(): number {
        const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
        return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1]);
    }

    async initialize(rootUri: string | null, locale = 'ko'): Promise<unknown> {
        const result = await this.request('initialize', {
            processId: process.pid, rootUri, locale,
            workspaceFolders: rootUri ? [{ uri: rootUri, name: 'workspace' }] : null,
            capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {}, completion: {}, hover: {}, documentSymbol: {} } }
        });
        this.notify('initialized', {});
        return result;
    }

    async shutdown(): Promise<void> {
        if (this.alive) {
            await this.request('shutdown', null).catch(() => undefined);
            this.notify('exit', null);
            await new Promise<void>(resolve => {
                const timer = setTimeout(() => { this.process.kill('SIGKILL'); resolve(); }, 3000);
                this.process.once('exit', () => { clearTimeout(timer); resolve(); });
            });
        }
    }

    private write(message: unknown): void {
        const body = Buffer.from(JSON.stringify(message), 'utf8');
        this.process.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
    }

    private receive(chunk: Buffer): void {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const headerEnd = this.buffer.indexOf('\r\n\r\n');
            if (headerEnd < 0) {
                return;
            }
            const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
            if (this.buffer.length < headerEnd + 4 + length) {
                return;
            }
            const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
            this.buffer = this.buffer.subarray(headerEnd + 4 + length);
            this.dispatch(message);
        }
    }

    private dispatch(message: { id?: number; method?: string; params?: unknown; result?: unknown; error?: { code: number; message: string } }): void {
        if (message.method !== undefined && message.id !== undefined) {
            // A request from the server: no settings, registrations and progress accepted.
            const items = (message.params as { items?: unknown[] } | undefined)?.items;
            this.write({ jsonrpc: '2.0', id: message.id, result: message.method === 'workspace/configuration' ? (items ?? []).map(() => null) : null });
        } else if (message.method !== undefined) {
            this.notifications.push({ method: message.method, params: message.params });
            const listeners = this.listeners;
            this.listeners = [];
            listeners.forEach(listener => listener());
        } else if (message.id !== undefined) {
            const pending = this.pending.get(message.id);
            this.pending.delete(message.id);
            if (message.error) {
                pending?.reject(new ResponseError(message.error.code, message.error.message));
            } else {
                pending?.resolve(message.result);
            }
        }
    }
}
