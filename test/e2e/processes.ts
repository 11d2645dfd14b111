import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';

/**
 * Child processes started in a process group of their own, so that stopping one also stops
 * every helper it spawned (code-server forks an extension host, the extension host forks
 * the language server). Whatever is still running when this process exits is killed.
 */
const running = new Set<ChildProcess>();

function killAll(): void {
    for (const child of running) {
        killGroup(child, 'SIGKILL');
    }
}

process.on('exit', killAll);
// An interrupted run (Ctrl+C, a CI timeout) must not leave an editor server behind either.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
        killAll();
        process.kill(process.pid, signal);
    });
}

export function startGroup(command: string, args: readonly string[], options: SpawnOptions): ChildProcess {
    const child = spawn(command, args, { ...options, detached: true });
    running.add(child);
    child.on('exit', () => running.delete(child));
    return child;
}

/** Stops the whole group: SIGTERM, then SIGKILL if it is still there after a grace period. */
export async function stopGroup(child: ChildProcess, graceMs = 5_000): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) {
        killGroup(child, 'SIGKILL'); // the leader is gone; helpers in its group may not be
        running.delete(child);
        return;
    }
    const exited = new Promise<void>(resolve => child.once('exit', () => resolve()));
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
    killGroup(child, 'SIGKILL');
    running.delete(child);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
    if (child.pid === undefined) {
        return;
    }
    try {
        process.kill(-child.pid, signal);
    } catch {
        // the group has already gone
    }
}

/** Runs a command to completion, collecting its output; rejects with that output on failure. */
export function run(command: string, args: readonly string[], options: SpawnOptions & { timeoutMs: number }): Promise<string> {
    return new Promise((resolve, reject) => {
        const child = startGroup(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
        let output = '';
        child.stdout?.on('data', chunk => { output += chunk; });
        child.stderr?.on('data', chunk => { output += chunk; });
        const timer = setTimeout(() => {
            void stopGroup(child);
            reject(new Error(`${command} ${args.join(' ')} did not finish within ${options.timeoutMs / 1000} s:\n${output}`));
        }, options.timeoutMs);
        child.on('error', error => { clearTimeout(timer); reject(error); });
        child.on('exit', (code, signal) => {
            clearTimeout(timer);
            if (code === 0) {
                resolve(output);
            } else {
                reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}):\n${output}`));
            }
        });
    });
}
