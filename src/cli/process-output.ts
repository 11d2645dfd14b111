import { fstatSync, writeSync } from 'node:fs';

/**
 * One of the process's output streams (1 stdout, 2 stderr) as `cplan` writes to it.
 *
 * Into a pipe, a socket or a file the text is written straight to the file descriptor.
 * `process.stdout` would load Node's stream and socket modules, and loaded after `cplan` has
 * set its V8 flags (src/node-flags.ts), Node compiles them from source: about 5 ms of a check
 * whose report goes into a pipe, as in CI and editors. A terminal — where the
 * report is coloured, and the Windows console takes text in its own encoding — is written
 * through Node's stream, as is everything on Windows.
 *
 * A reader that stops early (`cplan rules | head`) closes the pipe: the rest is dropped without
 * a word, and the exit status still says how the command went. Any other failure to write (a
 * full disk) is reported once, through `failed`, and nothing more is written.
 */
export class ProcessOutput {
    private readonly direct: boolean;
    private stream: NodeJS.WriteStream | undefined;
    private stopped = false;

    /** `fd` is 1 or 2, Node's stream of the same number standing by; tests also give a pipe of their own. */
    constructor(private readonly fd: number, private readonly failed: (error: NodeJS.ErrnoException) => void) {
        this.direct = process.platform !== 'win32' && writesStraight(fd);
    }

    /** Whether every write is done when `write` returns: into a pipe, a socket or a file, not through Node's stream. */
    get writesAtOnce(): boolean {
        return this.direct;
    }

    /** Whether the stream is a terminal (never looked up for a pipe or a file). */
    get isTerminal(): boolean {
        return !this.direct && this.nodeStream().isTTY === true;
    }

    write(text: string): void {
        if (this.stopped) {
            return;
        }
        if (!this.direct) {
            this.nodeStream().write(text);
            return;
        }
        const bytes = Buffer.from(text, 'utf8');
        let written = 0;
        while (written < bytes.length) {
            try {
                written += writeSync(this.fd, bytes, written);
            } catch (error) {
                const code = (error as NodeJS.ErrnoException).code;
                if (code === 'EAGAIN') {
                    // A pipe left non-blocking by whoever shares it is full: wait for its reader.
                    pause(POLL_MS);
                    continue;
                }
                this.stopped = true;
                if (code !== 'EPIPE') {
                    this.failed(error as NodeJS.ErrnoException);
                }
                return;
            }
        }
    }

    private nodeStream(): NodeJS.WriteStream {
        if (!this.stream) {
            const stream = this.fd === 1 ? process.stdout : process.stderr;
            stream.on('error', (error: NodeJS.ErrnoException) => {
                this.stopped = true;
                if (error.code !== 'EPIPE') {
                    this.failed(error);
                }
            });
            this.stream = stream;
        }
        return this.stream;
    }
}

const POLL_MS = 2;

/** Whether `fd` is a pipe, a socket or a regular file, which a plain write serves. */
function writesStraight(fd: number): boolean {
    try {
        const kind = fstatSync(fd);
        return kind.isFIFO() || kind.isSocket() || kind.isFile();
    } catch {
        return false;
    }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));

/** Blocks the thread for `ms`: the output is written synchronously, and nothing else runs meanwhile. */
function pause(ms: number): void {
    Atomics.wait(sleeper, 0, 0, ms);
}
