import { execFileSync, spawn } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ProcessOutput } from '../src/cli/process-output.js';

describe.runIf(process.platform === 'linux')('cplan\'s output written straight to a pipe', () => {
    test('into a non-blocking pipe whose reader is slow, every byte arrives in order', async () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'cplan-output-'));
        try {
            const fifo = path.join(folder, 'pipe');
            const received = path.join(folder, 'received');
            execFileSync('mkfifo', [fifo]);
            // A writer can open a pipe without blocking only once a reader has it open.
            const holder = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
            const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
            // The reader that drains it starts late, so the pipe fills and the writer must wait.
            const reader = spawn('sh', ['-c', `sleep 0.3; cat "${fifo}" > "${received}"`], { timeout: 10_000 });
            const finished = new Promise(resolve => reader.on('close', resolve));
            const failures: string[] = [];
            const output = new ProcessOutput(writer, error => failures.push(error.code ?? error.message));
            const lines = Array.from({ length: 40_000 }, (_, index) => `${index} 바이오클러스터 발전계획\n`).join('');
            output.write(lines);
            closeSync(writer);
            closeSync(holder);
            await finished;
            expect(failures).toEqual([]);
            expect(readFileSync(received, 'utf8')).toBe(lines);
            expect(Buffer.byteLength(lines)).toBeGreaterThan(1024 * 1024);
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });

    test('into a pipe nobody reads any more, the rest is dropped without a failure', () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'cplan-output-'));
        try {
            const fifo = path.join(folder, 'pipe');
            execFileSync('mkfifo', [fifo]);
            const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
            const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
            closeSync(reader);
            const failures: string[] = [];
            const output = new ProcessOutput(writer, error => failures.push(error.code ?? error.message));
            output.write('첫 줄\n');
            output.write('둘째 줄\n');
            closeSync(writer);
            expect(failures).toEqual([]);
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });

    test('into a file that cannot be written, the failure is reported once and nothing more is tried', () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'cplan-output-'));
        try {
            const file = path.join(folder, 'report.txt');
            writeFileSync(file, '');
            const readOnly = openSync(file, constants.O_RDONLY);
            const failures: string[] = [];
            const output = new ProcessOutput(readOnly, error => failures.push(error.code ?? error.message));
            output.write('첫 줄\n');
            output.write('둘째 줄\n');
            closeSync(readOnly);
            expect(failures).toEqual(['EBADF']);
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });
});
