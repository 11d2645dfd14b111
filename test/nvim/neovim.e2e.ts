import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SERVER = join(ROOT, 'out', 'server.cjs');
const PROBE = join(ROOT, 'test', 'nvim', 'nvim-diag.lua');
const EXPECTED = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'spec-expected.json'), 'utf8')) as Record<string, { exact: string[] }>;

describe('the language server in headless Neovim', () => {
    const state = mkdtempSync(join(tmpdir(), 'cplan-nvim-'));
    afterAll(() => rmSync(state, { recursive: true, force: true }));

    /** Opens `file` in Neovim with the stdio server attached; returns the printed diagnostic lines. */
    function diagnosticsInNeovim(file: string): { status: number | null; lines: string[]; output: string } {
        const result = spawnSync('nvim', ['--headless', '--clean', '-u', PROBE], {
            encoding: 'utf8',
            timeout: 60_000,
            env: {
                ...process.env,
                LSP_CMD: JSON.stringify([process.execPath, SERVER, '--stdio']),
                LSP_FILE: file,
                XDG_CONFIG_HOME: state, XDG_CACHE_HOME: state, XDG_STATE_HOME: state, XDG_DATA_HOME: state
            }
        });
        const output = `${result.stdout}${result.stderr}`;
        return { status: result.status, lines: result.stdout.split('\n').filter(line => line.startsWith(file)), output };
    }

    it('publishes exactly the spec codes for daegu-draft.cplan', () => {
        const { status, lines, output } = diagnosticsInNeovim(join(ROOT, 'examples', 'daegu-draft.cplan'));
        expect(status, output).toBe(0);
        const codes = new Set(lines.map(line => /\[([a-z-]+)\]$/.exec(line)?.[1] ?? `unparsed: ${line}`));
        expect([...codes].sort()).toEqual([...EXPECTED['daegu-draft.cplan']!.exact].sort());
    });

    it('gives every diagnostic a position inside the file and a severity', () => {
        const file = join(ROOT, 'examples', 'daegu-draft.cplan');
        const lineCount = readFileSync(file, 'utf8').split('\n').length;
        const { lines, output } = diagnosticsInNeovim(file);
        expect(lines.length, output).toBeGreaterThan(0);
        for (const line of lines) {
            const match = /:(\d+):(\d+): \[(ERROR|WARN|INFO|HINT)\] /.exec(line.slice(file.length));
            expect(match, line).not.toBeNull();
            expect(Number(match![1]), line).toBeLessThanOrEqual(lineCount);
        }
    });
});
