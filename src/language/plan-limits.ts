/**
 * Plan files above this size are not plans: a real plan is a few hundred kilobytes at most,
 * and a 4.9 MB one already takes 6.6 s and 730 MB to check. The CLI refuses them with their
 * size; the language server does not load them when it reads the workspace.
 */
export const MAX_PLAN_BYTES = 5 * 1024 * 1024;
