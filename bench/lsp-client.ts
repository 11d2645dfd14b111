import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * A minimal language client speaking JSON-RPC over the server's stdio, as an editor does:
 * `Content-Length` framing, requests matched to responses by id, notifications handed to
 * whoever waits for them.
 */
export class LspClient {
    private readonly child: ChildProcessWithoutNullStreams;
    private buffer = Buffer.alloc(0);
    private nextId = 1;
    private readonly pending = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
    private readonly waiters: Array<{ method: string; accept: (params: unknown) => boolean; resolve: (params: unknown) => void }> = [];
    private exited = false;
    stderr = '';

    constructor(command: string, args: readonly string[]) {
        this.child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
        this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
        this.child.stderr.on('data', (chunk: Buffer) => { this.stderr += chunk.toString(); });
        this.child.on('exit', () => {
            this.exited = true;
            for (const { reject } of this.pending.values()) {
                reject(new Error(`the language server exited: ${this.stderr.trim().split('\n').pop() ?? ''}`));
            }
            this.pending.clear();
        });
    }

    request<T = unknown>(method: string, params: unknown): Promise<T> {
        const id = this.nextId++;
        return new Promise<T>((resolve, reject) => {
            if (this.exited) {
                reject(new Error('the language server is not running'));
                return;
            }
            this.pending.set(id, { resolve: resolve as (result: unknown) => void, reject });
            this.send({ jsonrpc: '2.0', id, method, params });
        });
    }

    /** CPU time the server has used so far in ms, where /proc tells it (Linux), else undefined. */
    cpuTime(): number | undefined {
        try {
            const fields = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
            // utime and stime, in clock ticks of 10 ms.
            return (Number(fields[11]) + Number(fields[12])) * 10;
        } catch {
            return undefined;
        }
    }

    notify(method: string, params: unknown): void {
        this.send({ jsonrpc: '2.0', method, params });
    }

    /** The next notification of `method` whose parameters `accept` takes, within `timeoutMs`. */
    nextNotification<T>(method: string, accept: (params: T) => boolean, timeoutMs: number): Promise<T> {
        return new Promise<T>((resolve, reject) => {
            const waiter = {
                method,
                accept: accept as (params: unknown) => boolean,
                resolve: (params: unknown) => {
                    clearTimeout(timer);
                    resolve(params as T);
                }
            };
            const timer = setTimeout(() => {
                this.waiters.splice(this.waiters.indexOf(waiter), 1);
                reject(new Error(`no ${method} within ${timeoutMs} ms`));
            }, timeoutMs);
            this.waiters.push(waiter);
        });
    }

    async shutdown(): Promise<void> {
        if (this.exited) {
            return;
        }
        const exited = new Promise<void>(resolve => this.child.once('exit', () => resolve()));
        try {
            await Promise.race([this.request('shutdown', null), delay(2000)]);
            this.notify('exit', null);
        } catch {
            // The server is gone already; nothing to shut down.
        }
        const timer = setTimeout(() => this.child.kill(), 2000);
        await exited;
        clearTimeout(timer);
    }

    private send(message: unknown): void {
        const body = Buffer.from(JSON.stringify(message), 'utf8');
        this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
        this.child.stdin.write(body);
    }

    private receive(chunk: Buffer): void {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const headerEnd = this.buffer.indexOf('\r\n\r\n');
            if (headerEnd < 0) {
                return;
            }
            const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
            const start = headerEnd + 4;
            if (this.buffer.length < start + length) {
                return;
            }
            const message = JSON.parse(this.buffer.subarray(start, start + length).toString('utf8'));
            this.buffer = this.buffer.subarray(start + length);
            this.dispatch(message);
        }
    }

    private dispatch(message: { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } }): void {
        if (message.method !== undefined) {
            if (message.id !== undefined) {
                // A request from the server (configuration, registration): answer it plainly.
                const result = message.method === 'workspace/configuration'
                    ? ((message.params as { items?: unknown[] })?.items ?? []).map(() => null)
                    : null;
                this.send({ jsonrpc: '2.0', id: message.id, result });
                return;
            }
            const index = this.waiters.findIndex(waiter => waiter.method === message.method && waiter.accept(message.params));
            if (index >= 0) {
                this.waiters.splice(index, 1)[0].resolve(message.params);
            }
            return;
        }
        const pending = message.id === undefined ? undefined : this.pending.get(message.id);
        if (pending) {
            this.pending.delete(message.id!);
            if (message.error) {
                pending.reject(new Error(message.error.message));
            } else {
                pending.resolve(message.result);
            }
        }
    }
}

const delay = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));
