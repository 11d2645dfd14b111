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

    test('cplan started as `node out/cli.cjs` bounds its young generation, and optimises only for a large plan', () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'cplan-flags-'));
        try {
            const large = path.join(folder, 'large.cplan');
            writeFileSync(large, generatePlan({ lines: 10_000, seed: 1 }).text);
            const probe = path.join(folder, 'probe.cjs');
            writeFileSync(probe, `process.on('exit', () => { const v8 = require('node:v8');
                const newSpace = v8.getHeapSpaceStatistics().find(space => space.space_name === 'new_space').space_size;
                process.stderr.write('probe ' + JSON.stringify({ newSpace, flags: v8.cachedDataVersionTag() }) + '\\n'); });`);
            const run = (plan: string) => {
                const result = spawnSync(process.execPath, ['--require', probe, CLI, 'check', plan], { encoding: 'utf8' });
                expect([0, 1]).toContain(result.status);
                return JSON.parse(/probe (.*)/.exec(result.stderr)![1]) as { newSpace: number; flags: number };
            };
            // V8 tags its code caches with its flags: a process that sets the same flags gets the same tag.
            const tagWith = (...flags: string[]) => Number(spawnSync(process.execPath, ['-p',
                `const v8 = require('node:v8'); ${flags.map(flag => `v8.setFlagsFromString('${flag}');`).join(' ')} v8.cachedDataVersionTag()`], { encoding: 'utf8' }).stdout);
            const command = ['--semi-space-growth-factor=1', '--no-maglev --no-turbofan'];
            const small = run('examples/busan-marine-bio.cplan');
            expect(small.flags).toBe(tagWith(...command));
            const largeRun = run(large);
            expect(largeRun.flags).toBe(tagWith(...command, '--maglev --turbofan'));
            // V8 left alone grows the young generation to 64 MB on the large plan.
            expect(largeRun.newSpace).toBeLessThanOrEqual(2 * 1024 * 1024);
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    });
});
