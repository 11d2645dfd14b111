import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI = fileURLToPath(new URL('../out/cli.cjs', import.meta.url));
export const SERVER = fileURLToPath(new URL('../out/server.cjs', import.meta.url));

export interface RunResult {
    readonly status: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

/** Runs the built `cplan` binary as a child process, as a user or a script would. */
export function runCplan(args: readonly string[], options: { cwd?: string; input?: string } = {}): RunResult {
    const result = spawnSync(process.execPath, [CLI, ...args], {
        cwd: options.cwd ?? ROOT,
        encoding: 'utf8',
        input: options.input,
        env: { ...process.env, NO_COLOR: '1' },
        timeout: 60_000,
        // A folder of plans reports more than the default megabyte of JSON.
        maxBuffer: 64 * 1024 * 1024
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
