import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { generatePlan } from '../bench/plan-generator.js';
import { CLI } from './cli-helpers.js';

describe('cplan on a large plan', () => {
    test('checks 50,000 lines within 300 MB when started as `node out/cli.cjs`', () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'cplan-memory-'));
        try {
            const plan = path.join(folder, 'large.cplan');
            writeFileSync(plan, generatePlan({ lines: 50_000, seed: 20020301, crlf: true, bom: true }).text);
            const probe = path.join(folder, 'peak-memory.cjs');
            writeFileSync(probe, "process.on('exit', () => process.stderr.write(`peak ${process.resourceUsage().maxRSS}\\n`));");
            const result = spawnSync(process.execPath, ['--require', probe, CLI, 'check', plan, '--format', 'json'],
                { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
            expect([0, 1]).toContain(result.status);
            expect(JSON.parse(result.stdout).summary.files).toBe(1);
            const peakMb = Number(/peak (\d+)/.exec(result.stderr)?.[1]) / 1024;
            expect(peakMb).toBeGreaterThan(50);
            expect(peakMb).toBeLessThanOrEqual(300);
        } finally {
            rmSync(folder, { recursive: true, force: true });
        }
    }, 180_000);
});
