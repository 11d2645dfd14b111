import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { generatePlan } from '../bench/plan-generator.js';
import { NODE_FLAGS, SERVER_SHEBANG } from '../src/node-flags.js';
import { CLI, SERVER } from './cli-helpers.js';

describe('the bundled executables', () => {
    test('the language server starts Node with the product flags on its #! line; cplan needs none', () => {
        expect(SERVER_SHEBANG).toBe(`#!/usr/bin/env -S node ${NODE_FLAGS.join(' ')}`);
        expect(readFileSync(SERVER, 'utf8').split('\n')[0]).toBe(SERVER_SHEBANG);
        expect(readFileSync(CLI, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    });

    test('run as programs of their own through that line', () => {
        const result = spawnSync(CLI, ['--version'], { encoding: 'utf8' });
        expect(result.status).toBe(0);
        expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    });

    test('cplan started as `node out/cli.cjs` keeps its young generation at its first size', () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'cplan-young-'));
        try {
            const plan = path.join(folder, 'plan.cplan');
            writeFileSync(plan, generatePlan({ lines: 2_000, seed: 1 }).text);
            const probe = path.join(folder, 'probe.cjs');
            writeFileSync(probe, `process.on('exit', () => process.stderr.write('new space ' +
                require('node:v8').getHeapSpaceStatistics().find(space => space.space_name === 'new_space').space_size + '\\n'));`);
            const newSpace = (executable: string) => {
                const result = spawnSync(process.execPath, ['--require', probe, executable, 'check', plan], { encoding: 'utf8' });
                expect([0, 1]).toContain(result.status);
                return Number(/new space (\d+)/.exec(result.stderr)?.[1]);
            };
            // Left to itself V8 grows the young generation to 16 MB or more on this plan.
            expect(newSpace(CLI.replace(/cli\.cjs$/, 'cli-main.cjs'))).toBeGreaterThanOrEqual(8 * 1024 * 1024);
            expect(newSpace(CLI)).toBeLessThanOrEqual(2 * 1024 * 1024);
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });
});
