import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CLI, runCplan } from './cli-helpers.js';

let folder: string;

beforeAll(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'cplan-generate-kill-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('cplan generate killed while it works', () => {
    test('leaves the target either absent or complete, never part of a document', async () => {
        const big = path.join(folder, 'big.cplan');
        const lines = ['plan Big "큰 계획" {', 'horizon 2026 to 2045', 'agency A "기구" { independent budget 1 억원 }'];
        for (let i = 0; i < 4000; i++) {
            lines.push(`task T${i} "과제 ${i} 연구기반 구축과 기업 지원" { term ${i % 2 ? 'short' : 'long'} owner A period ${2026 + i % 10} to ${2030 + i % 10} budget ${i} 억원 goals research${i > 0 ? ` after T${i - 1}` : ''} }`);
        }
        writeFileSync(big, `${lines.join('\n')}\n}\n`);
        const reference = path.join(folder, 'big-reference.html');
        const started = Date.now();
        expect(runCplan(['generate', big, '--out', reference]).status).toBe(0);
        const complete = readFileSync(reference);
        const duration = Date.now() - started;

        const target = path.join(folder, 'big.html');
        const outcomes = { absent: 0, complete: 0 };
        for (let step = 0; step < 10; step++) {
            rmSync(target, { force: true });
            const child = spawn(process.execPath, [CLI, 'generate', big, '--out', target], { stdio: 'ignore' });
            const exited = new Promise(resolve => child.once('exit', resolve));
            await new Promise(resolve => setTimeout(resolve, (duration * 1.3 * step) / 9));
            child.kill('SIGKILL');
            await exited;
            if (existsSync(target)) {
                expect(readFileSync(target).equals(complete), `killed after ${step}/9 of the run`).toBe(true);
                outcomes.complete++;
            } else {
                outcomes.absent++;
            }
        }
        expect(outcomes.absent).toBeGreaterThan(0);
    }, 120_000);

    // The figure process ends with the command that started it, however the command ends.
    test.skipIf(process.platform !== 'linux')('leaves no figure process behind when killed while it writes a word-processor document', async () => {
        const plan = path.join(folder, 'figures.cplan');
        writeFileSync(plan, readFileSync(new URL('../examples/busan-marine-bio.cplan', import.meta.url)));
        const command = spawn(process.execPath, [CLI, 'generate', plan, '--format', 'hwpx', '--out', path.join(folder, 'figures.hwpx')], { stdio: 'ignore' });
        const exited = new Promise(resolve => command.once('exit', resolve));
        let figureProcess: number | undefined;
        for (let waited = 0; figureProcess === undefined && waited < 10_000; waited += 10) {
            figureProcess = Number(readFileSync(`/proc/${command.pid}/task/${command.pid}/children`, 'utf8').trim().split(' ')[0]) || undefined;
            await new Promise(resolve => setTimeout(resolve, 10));
        }
        expect(figureProcess).toBeDefined();
        command.kill('SIGKILL');
        await exited;
        const alive = () => { try { process.kill(figureProcess!, 0); return true; } catch { return false; } };
        for (let waited = 0; alive() && waited < 5_000; waited += 20) {
            await new Promise(resolve => setTimeout(resolve, 20));
        }
        expect(alive()).toBe(false);
    }, 30_000);
});
