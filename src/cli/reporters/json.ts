import type { FileReport, Summary } from '../plan-report.js';

/** The `--format json` contract: one document, version 1. */
export function renderJson(reports: readonly FileReport[], summary: Summary): string {
    return JSON.stringify({ version: 1, files: reports, summary }, undefined, 2);
}
