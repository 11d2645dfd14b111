import type { Locale } from '../../analysis/locale.js';
import { cliMessage } from '../cli-messages.js';
import type { FileReport, Summary } from '../plan-report.js';

const COLOURS = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[90m' } as const;
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';

/**
 * `path:line:col  severity  message  [rule-id]`, one line each, the elements it relates to on
 * indented lines below it, then a summary line.
 */
export function renderText(reports: readonly FileReport[], summary: Summary, locale: Locale, colour: boolean): string {
    const paint = (code: string, text: string) => colour ? `${code}${text}${RESET}` : text;
    const lines: string[] = [];
    for (const report of reports) {
        for (const d of report.diagnostics) {
            const severity = paint(COLOURS[d.severity], d.severity.padEnd(7));
            lines.push(`${report.path}:${d.line}:${d.column}  ${severity}  ${d.message}  ${paint(DIM, `[${d.code}]`)}`);
            for (const related of d.related ?? []) {
                lines.push(`    ${paint(DIM, `${related.path ?? report.path}:${related.line}:${related.column}`)}  ${related.message}`);
            }
        }
    }
    lines.push(cliMessage('summary', locale, { ...summary }));
    return lines.join('\n');
}
