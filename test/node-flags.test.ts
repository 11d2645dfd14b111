import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { EXECUTABLE_SHEBANG, NODE_FLAGS } from '../src/node-flags.js';
import { CLI, SERVER } from './cli-helpers.js';

describe('the bundled executables', () => {
    test('start Node with the product flags on their #! line', () => {
        expect(EXECUTABLE_SHEBANG).toBe(`#!/usr/bin/env -S node ${NODE_FLAGS.join(' ')}`);
        for (const executable of [CLI, SERVER]) {
            expect(readFileSync(executable, 'utf8').split('\n')[0]).toBe(EXECUTABLE_SHEBANG);
        }
    });

    test('run as programs of their own through that line', () => {
        const result = spawnSync(CLI, ['--version'], { encoding: 'utf8' });
        expect(result.status).toBe(0);
        expect(result.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    });
});
