import {
    AstUtils, Cancellation, DefaultDocumentValidator, getDiagnosticRange, interruptAndCheck, type AstNodeLocator, type LangiumDocument,
    type ValidationOptions
} from 'langium';
import type { Diagnostic, DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';
import type { RuleId } from '../analysis/catalogue.js';
import { isNodeTarget, type Finding, type MessageArgs, type NodeTarget, type TextSpan } from '../analysis/findings.js';
import { formatFinding, formatRelated } from '../analysis/messages.js';
import type { Severity } from '../analysis/rule.js';
import type { AnalysisCache } from './analysis-cache.js';
import { keywordSpellingOf } from './keyword-spelling.js';
import type { ClusterPlanCoreServices } from './cluster-plan-module.js';
import type { PortfolioFindings } from './portfolio-findings.js';
import type { RuleDocLinks } from './rule-doc-links.js';
import type { PlanSettings } from './settings.js';

export const DIAGNOSTIC_SOURCE = 'cplan';

/**
 * What a diagnostic carries for the features that act on it (quick fixes, the document):
 * the finding's rule, message and arguments, and where its element is in the plan.
 */
export interface PlanDiagnosticData {
    readonly ruleId: RuleId;
    readonly message: string;
    readonly args: MessageArgs;
    /** The element's path in the plan (Langium's `AstNodeLocator`); none for syntax errors. */
    readonly path?: string;
}

const SEVERITY_CODES: Record<Severity, Diagnostic['severity']> = { error: 1, warning: 2, info: 3, hint: 4 };

/**
 * Turns a document's analysis into its diagnostics: every finding, syntax and reference
 * errors included, with its rule id as code, its message in the chosen language (quoting
 * keywords in the plan's own spelling), a range
 * inside the file, the elements it relates to, and its data for quick fixes.
 */
export class PlanDocumentValidator extends DefaultDocumentValidator {
    private readonly analyses: AnalysisCache;
    private readonly settings: PlanSettings;
    private readonly locator: AstNodeLocator;
    private readonly ruleDocLinks: RuleDocLinks;
    private readonly portfolio: PortfolioFindings;

    constructor(services: ClusterPlanCoreServices) {
        super(services);
        this.analyses = services.plan.AnalysisCache;
        this.settings = services.plan.Settings;
        this.locator = services.workspace.AstNodeLocator;
        this.ruleDocLinks = services.plan.RuleDocLinks;
        this.portfolio = services.plan.PortfolioFindings;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        // Langium asks for the built-in checks and the fast ones separately; the analysis covers both at once.
        if (options.categories && !options.categories.includes('fast')) {
            return [];
        }
        await interruptAndCheck(cancelToken);
        // The plan's own findings, then what the portfolio it belongs to (if any) finds on it.
        const findings = [...this.analyses.analysisOf(document).findings, ...this.portfolio.findingsFor(document)];
        return findings.map(finding => this.findingDiagnostic(document, finding));
    }

    protected override getSource(): string {
        return DIAGNOSTIC_SOURCE;
    }

    /** One finding on `document` as a diagnostic; its related elements may lie in other plans (portfolio findings). */
    findingDiagnostic(document: LangiumDocument, finding: Finding): Diagnostic {
        const locale = this.settings.locale;
        const spelling = keywordSpellingOf(document);
        const target = finding.target;
        const data: PlanDiagnosticData = {
            ruleId: finding.ruleId,
            message: finding.message,
            args: finding.args,
            path: isNodeTarget(target) ? this.locator.getAstNodePath(target.node) : undefined
        };
        const relatedInformation: DiagnosticRelatedInformation[] = finding.related.map(related => {
            const relatedDocument = AstUtils.findRootNode(related.node).$document ?? document;
            return {
                location: { uri: relatedDocument.uri.toString(), range: targetRange(relatedDocument, related) },
                message: formatRelated(finding.ruleId, related, locale, spelling)
            };
        });
        const href = this.ruleDocLinks.href(finding.ruleId);
        return {
            severity: SEVERITY_CODES[finding.severity],
            range: targetRange(document, target),
            message: formatFinding(finding, locale, spelling),
            code: finding.ruleId,
            source: DIAGNOSTIC_SOURCE,
            codeDescription: href ? { href } : undefined,
            relatedInformation: relatedInformation.length > 0 ? relatedInformation : undefined,
            data
        };
    }
}

/** Where a finding points, as a range inside the document: no diagnostic may point outside the file. */
export function targetRange(document: LangiumDocument, target: NodeTarget | TextSpan): Range {
    const textDocument = document.textDocument;
    if (!isNodeTarget(target)) {
        return { start: textDocument.positionAt(target.start), end: textDocument.positionAt(target.end) };
    }
    const range = getDiagnosticRange(target);
    const clamp = (position: Range['start']) => textDocument.positionAt(textDocument.offsetAt(position));
    const start = clamp(range.start);
    const end = clamp(range.end);
    return textDocument.offsetAt(end) < textDocument.offsetAt(start) ? { start, end: start } : { start, end };
}
