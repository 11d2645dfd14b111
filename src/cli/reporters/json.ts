import type { FileReport, Summary } from '../plan-report.js';

/** The `--format json` contract: one document, version 1; `cplan portfolio` adds what it compared. */
export function renderJson(reports: readonly FileReport[], summary: Summary, portfolio?: object): string {
    return JSON.stringify({ version: 1, files: reports, summary, ...portfolio ? { portfolio } : {} }, undefined, 2);
}
