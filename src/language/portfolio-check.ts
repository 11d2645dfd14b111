import { URI, type LangiumDocument } from 'langium';
import type { PortfolioAnalysis, PortfolioThresholds } from '../analysis/portfolio.js';
import type { RuleSeverities } from '../analysis/rule-settings.js';
import type { Plan } from '../grammar/generated/ast.js';
import type { ClusterPlanCoreServices } from './cluster-plan-module.js';

/** A member plan's text, where it was read from, and the rule settings that apply to it. */
export interface PortfolioSource {
    readonly absolutePath: string;
    readonly text: string;
    readonly severities: RuleSeverities;
}

export interface CheckedPortfolio {
    /** One per source, in the same order, parsed, linked and checked as `cplan check` does. */
    readonly documents: ReadonlyArray<LangiumDocument<Plan>>;
    readonly analysis: PortfolioAnalysis;
}

/**
 * Parses, links and checks every member plan with its own rule settings, then runs the
 * portfolio rules over them. All members stay loaded, since findings relate elements across
 * plans; `release` forgets them.
 */
export async function checkPortfolioSources(services: ClusterPlanCoreServices, sources: readonly PortfolioSource[], thresholds: PortfolioThresholds): Promise<CheckedPortfolio> {
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const documents = sources.map(source => {
        const document = LangiumDocumentFactory.fromString<Plan>(source.text, URI.file(source.absolutePath));
        LangiumDocuments.addDocument(document);
        return document;
    });
    const severitiesOf = new Map<LangiumDocument, RuleSeverities>(documents.map((document, i) => [document, sources[i].severities]));
    // Each plan is analysed once, under its own settings; its analysis stays cached while it is loaded.
    const groups = new Map<RuleSeverities, LangiumDocument[]>();
    for (const document of documents) {
        const severities = severitiesOf.get(document)!;
        groups.set(severities, [...groups.get(severities) ?? [], document]);
    }
    for (const [severities, group] of groups) {
        services.plan.Settings.severities = severities;
        await DocumentBuilder.build(group, { validation: true });
    }
    const analysis = services.plan.AnalysisCache.analysePortfolio(documents, thresholds, document => severitiesOf.get(document) ?? {});
    return { documents, analysis };
}

/** Forgets the member documents of a checked portfolio. */
export function releasePortfolio(services: ClusterPlanCoreServices, checked: CheckedPortfolio): void {
    for (const document of checked.documents) {
        services.shared.workspace.LangiumDocuments.deleteDocument(document.uri);
    }
}
