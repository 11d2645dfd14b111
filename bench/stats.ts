import { performance } from 'node:perf_hooks';

/** The value below which `fraction` of the samples lie (nearest rank). */
export function percentile(samples: readonly number[], fraction: number): number {
    if (samples.length === 0) {
        return Number.NaN;
    }
    const sorted = [...samples].sort((a, b) => a - b);
    const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
    return sorted[rank];
}

export const median = (samples: readonly number[]) => percentile(samples, 0.5);

export interface Repetitions {
    readonly warmup: number;
    readonly runs: number;
}

/** Median wall-clock time and median CPU time (user + system, all threads) of a task, in ms. */
export interface Timing {
    readonly wall: number;
    readonly cpu: number;
}

/** Runs `task` `warmup` times unmeasured, then `runs` times; returns the medians. */
export async function measure(repetitions: Repetitions, task: () => unknown): Promise<Timing> {
    for (let i = 0; i < repetitions.warmup; i++) {
        await task();
    }
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let i = 0; i < repetitions.runs; i++) {
        collectGarbage();
        const cpuStart = process.cpuUsage();
        const start = performance.now();
        await task();
        wall.push(performance.now() - start);
        const used = process.cpuUsage(cpuStart);
        cpu.push((used.user + used.system) / 1000);
    }
    return { wall: median(wall), cpu: median(cpu) };
}

/** Between runs, so that one run's garbage is not collected during the next (needs --expose-gc). */
function collectGarbage(): void {
    (globalThis as { gc?: () => void }).gc?.();
}
