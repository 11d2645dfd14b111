import { execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ProcessOutput } from '../src/cli/process-output.js';

describe.runIf(process.platform === 'linux')('cplan\'s output written straight to a pipe or a file', () => {
    let folder: string;
    let failures: string[];
    beforeEach(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'cplan-output-'));
        failures = [];
    });
    afterEach(() => rmSync(folder, { recursive: true, force: true }));

    /** Output to `fd` that collects its failures' codes in `failures`. */
    const outputTo = (fd: number) => new ProcessOutput(fd, error => failures.push(error.code ?? error.message));

    /**
     * A named pipe opened for writing without blocking, and a reader of it that reads nothing:
     * a writer can open a pipe without blocking only once a reader has it open.
     */
    function nonBlockingPipe(): { fifo: string; writer: number; idleReader: number } {
        const fifo = path.join(folder, 'pipe');
        execFileSync('mkfifo', [fifo]);
        const idleReader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
        return { fifo, writer: openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK), idleReader };
    }

    test('into a non-blocking pipe whose reader is slow, every byte arrives in order', async () => {
        const { fifo, writer, idleReader } = nonBlockingPipe();
        const received = path.join(folder, 'received');
        // The reader that drains it starts late, so the pipe fills and the writer must wait.
        const reader = spawn('sh', ['-c', `sleep 0.3; cat "${fifo}" > "${received}"`], { timeout: 10_000 });
        const finished = new Promise(resolve => reader.on('close', resolve));
        const lines = Array.from({ length: 40_000 }, (_, index) => `${index} 바이오클러스터 발전계획\n`).join('');
        outputTo(writer).write(lines);
        closeSync(writer);
        closeSync(idleReader);
        await finished;
        expect(failures).toEqual([]);
        expect(readFileSync(received, 'utf8')).toBe(lines);
        expect(Buffer.byteLength(lines)).toBeGreaterThan(1024 * 1024);
    });

    test('into a pipe nobody reads any more, the rest is dropped without a failure', () => {
        const { writer, idleReader } = nonBlockingPipe();
        closeSync(idleReader);
        const output = outputTo(writer);
        output.write('첫 줄\n');
        output.write('둘째 줄\n');
        closeSync(writer);
        expect(failures).toEqual([]);
    });

    test('into a file that cannot be written, the failure is reported once and nothing more is tried', () => {
        const file = path.join(folder, 'report.txt');
        writeFileSync(file, '');
        const readOnly = openSync(file, constants.O_RDONLY);
        const output = outputTo(readOnly);
        output.write('첫 줄\n');
        output.write('둘째 줄\n');
        closeSync(readOnly);
        expect(failures).toEqual(['EBADF']);
    });
});
