import { EmptyFileSystem } from 'langium';
import * as path from 'node:path';
import { createClusterPlanCoreServices } from '../language/cluster-plan-module.js';
import { createPlanParser } from '../language/parser.js';
import { updateGeneratedFiles } from './artifact-files.js';

/** Where the build keeps the productions Chevrotain records from the grammar (src/grammar/recorded-productions.ts). */
const RECORDED_PRODUCTIONS_FILE = path.join('src', 'grammar', 'recorded-productions.ts');

/** The module holding the grammar's productions, recorded by a parser built without a record. */
function recordedProductionsModule(): string {
    const { ClusterPlan } = createClusterPlanCoreServices(EmptyFileSystem);
    const productions = createPlanParser(ClusterPlan, 'record').recordedProductions();
    return [
        '// Written by `npm run build` from the grammar (see src/grammar/production-record.ts); do not edit.',
        "import type { RecordedProductions } from './production-record.js';",
        '',
        `export const RECORDED_PRODUCTIONS: RecordedProductions = JSON.parse('${JSON.stringify(productions).replace(/[\\']/g, character => `\\${character}`)}');`,
        ''
    ].join('\n');
}

/**
 * Writes the recorded productions when they differ (`write`), or only reports them (`check`).
 * A step of its own, before the other generated files: those are made by the parser, which
 * must already be built from the productions of the current grammar.
 */
export function updateRecordedProductions(root: string, mode: 'write' | 'check'): { readonly stale: readonly string[] } {
    return { stale: updateGeneratedFiles(root, new Map([[RECORDED_PRODUCTIONS_FILE, recordedProductionsModule()]]), mode) };
}
