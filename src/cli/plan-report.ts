import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { RuleId, Severity } from '../analysis/catalogue.js';
import { compareAsWritten } from '../analysis/texts.js';
import type { ClusterPlanCoreServices } from '../language/cluster-plan-module.js';
import type { PlanDiagnosticData } from '../language/document-validator.js';

/** A place in the file, 1-based line and column, end exclusive. */
interface ReportedRange {
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
}

/** Another element a diagnostic is about (the networks left apart, the funds compared …), with its note. */
export interface RelatedLocation extends ReportedRange {
    readonly message: string;
    /** The plan it is in, when that is another plan than the diagnostic's (portfolio findings). */
    readonly path?: string;
}

/** One diagnostic as the command line reports it: 1-based line and column, end exclusive. */
export interface ReportedDiagnostic {
    readonly code: RuleId;
    readonly severity: Severity;
    readonly message: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    /** Left out when the finding relates to no other element. */
    readonly related?: readonly RelatedLocation[];
}

export interface FileReport {
    readonly path: string;
    readonly diagnostics: readonly ReportedDiagnostic[];
    readonly waived: ReadonlyArray<{ readonly code: RuleId; readonly reason: string }>;
}

export interface Summary {
    readonly files: number;
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    readonly hints: number;
}

const SEVERITY_WORDS: Record<number, Severity> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

export interface PlanSource {
    readonly displayPath: string;
    readonly absolutePath: string;
    readonly text: string;
}

/**
 * Plans checked at a time. Names are local to their file, so a plan never needs another one;
 * forgetting each batch once reported keeps memory, and with it garbage collection, small
 * when a whole archive of plans is checked.
 */
const BATCH_SIZE = 50;

/**
 * Parses, links and checks plans, exactly as the language server does, and returns their
 * reports in the order given.
 */
export async function checkPlans(services: ClusterPlanCoreServices, sources: readonly PlanSource[]): Promise<FileReport[]> {
    const builder = services.shared.workspace.DocumentBuilder;
    const reports: FileReport[] = [];
    for (let start = 0; start < sources.length; start += BATCH_SIZE) {
        const batch = sources.slice(start, start + BATCH_SIZE);
        const documents = loadDocuments(services, batch);
        await builder.build(documents, { validation: true });
        reports.push(...documents.map((document, i) => ({
            path: batch[i].displayPath,
            diagnostics: sortDiagnostics((document.diagnostics ?? []).map(diagnostic => toReported(diagnostic))),
            waived: services.plan.AnalysisCache.analysisOf(document).waived.map(entry => ({ code: entry.ruleId, reason: entry.reason }))
        })));
        await builder.update([], documents.map(document => document.uri));
    }
    return reports;
}

export function loadDocuments(services: ClusterPlanCoreServices, sources: readonly PlanSource[]): LangiumDocument[] {
    const { LangiumDocumentFactory, LangiumDocuments } = services.shared.workspace;
    return sources.map(source => {
        const document = LangiumDocumentFactory.fromString(source.text, URI.file(source.absolutePath));
        LangiumDocuments.addDocument(document);
        return document;
    });
}

/** One diagnostic as reported; `otherPlanPath` names the file of a related element in another plan. */
export function toReported(diagnostic: Diagnostic, otherPlanPath?: (uri: string) => string | undefined): ReportedDiagnostic {
    const related = diagnostic.relatedInformation?.map(info => {
        const path = otherPlanPath?.(info.location.uri);
        return { message: info.message, ...reportedRange(info.location.range), ...path === undefined ? {} : { path } };
    });
    return {
        code: (diagnostic.data as PlanDiagnosticData).ruleId,
        severity: SEVERITY_WORDS[diagnostic.severity ?? 1] ?? 'error',
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        ...reportedRange(diagnostic.range),
        ...related && related.length > 0 ? { related } : {}
    };
}

function reportedRange({ start, end }: Diagnostic['range']): ReportedRange {
    return { line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/** By place, then by code (codes are ASCII). */
export function sortDiagnostics(diagnostics: ReportedDiagnostic[]): ReportedDiagnostic[] {
    return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column || compareAsWritten(a.code, b.code));
}

export function summarise(reports: readonly FileReport[]): Summary {
    const count = (severity: Severity) =>
        reports.reduce((total, report) => total + report.diagnostics.filter(d => d.severity === severity).length, 0);
    return { files: reports.length, errors: count('error'), warnings: count('warning'), infos: count('info'), hints: count('hint') };
}
