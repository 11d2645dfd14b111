import type fc from 'fast-check';

/**
 * One fixed seed for every property, so a CI failure can be replayed: fast-check prints the
 * seed and the counterexample path; rerun with `FC_SEED=<seed>`. `FC_RUNS_SCALE` multiplies
 * the number of cases for a longer local run.
 */
export const FC_SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : 20_261_126;
const SCALE = process.env.FC_RUNS_SCALE ? Number(process.env.FC_RUNS_SCALE) : 1;

export function fuzzParameters<T>(numRuns: number): fc.Parameters<T> {
    return { seed: FC_SEED, numRuns: Math.max(1, Math.round(numRuns * SCALE)), endOnFailure: true };
}
