import { isWaivable, RULES, type Severity } from '../../analysis/catalogue.js';
import type { Locale } from '../../analysis/locale.js';
import type { FileReport } from '../plan-report.js';
import { pathToFileURL } from 'node:url';
import * as path from 'node:path';

const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0: one run, the rule catalogue in the driver, one result per diagnostic. */
export function renderSarif(reports: readonly FileReport[], locale: Locale, version: string): string {
    const ruleIndex = new Map(RULES.map((rule, i) => [rule.id, i]));
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: 'cplan',
                    fullName: 'Cluster Plan checker',
                    version,
                    semanticVersion: version,
                    rules: RULES.map(rule => ({
                        id: rule.id,
                        name: rule.id,
                        shortDescription: { text: rule.principle[locale] },
                        fullDescription: { text: rule.trigger[locale] },
                        help: { text: rule.source ? `${rule.source.heading}: ${rule.source.passage} — ${rule.source.gist}` : rule.principle[locale] },
                        defaultConfiguration: { level: LEVELS[rule.severity] },
                        properties: { category: rule.category, waivable: isWaivable(rule) }
                    }))
                }
            },
            results: reports.flatMap(report => report.diagnostics.map(d => ({
                ruleId: d.code,
                ruleIndex: ruleIndex.get(d.code) ?? -1,
                level: LEVELS[d.severity],
                message: { text: d.message },
                locations: [{
                    physicalLocation: {
                        artifactLocation: artifactLocation(report.path),
                        region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn }
                    }
                }],
                ...d.related ? {
                    relatedLocations: d.related.map((related, id) => ({
                        id,
                        message: { text: related.message },
                        physicalLocation: {
                            artifactLocation: artifactLocation(related.path ?? report.path),
                            region: { startLine: related.line, startColumn: related.column, endLine: related.endLine, endColumn: related.endColumn }
                        }
                    }))
                } : {}
            }))),
            originalUriBaseIds: { SRCROOT: { uri: pathToFileURL(process.cwd() + path.sep).href } }
        }]
    };
    return JSON.stringify(sarif, undefined, 2);
}

/** Paths below the working folder are given relative to SRCROOT, others as absolute file URIs. */
function artifactLocation(reportPath: string): { uri: string; uriBaseId?: string } {
    const relative = path.relative(process.cwd(), path.resolve(reportPath));
    if (relative.startsWith('..') || path.isAbsolute(relative)) {
        return { uri: pathToFileURL(path.resolve(reportPath)).href };
    }
    return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}
