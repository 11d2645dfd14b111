import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createClusterPlanCoreServices, type ClusterPlanCoreServices } from '../src/language/cluster-plan-module.js';
import { measure, type Repetitions, type Timing } from './stats.js';

/** Median times of the three stages for one plan. */
export interface StageTimes {
    readonly parse: Timing;
    readonly parseLink: Timing;
    readonly full: Timing;
    /** Diagnostics of the full check, to show the plan is checked for real. */
    readonly diagnostics: number;
}

/**
 * Measures one plan in the process, with the services the CLI and the language server use:
 * parsing alone, parsing and linking (Langium's build without validation), and the full
 * check (validation: syntax, references and every rule).
 */
export class InProcessBench {
    private readonly services: ClusterPlanCoreServices = createClusterPlanCoreServices(EmptyFileSystem).ClusterPlan;
    private counter = 0;

    async stages(text: string, repetitions: Repetitions): Promise<StageTimes> {
        const parser = this.services.parser.LangiumParser;
        const parse = await measure(repetitions, () => parser.parse(text));
        const parseLink = await measure(repetitions, () => this.build(text, false));
        const full = await measure(repetitions, () => this.build(text, true));
        const diagnostics = (await this.build(text, true)).diagnostics?.length ?? 0;
        return { parse, parseLink, full, diagnostics };
    }

    /**
     * Builds the text as a new document and deletes it again as an editor closing it would,
     * so that the index and the caches do not keep the plans of earlier runs.
     */
    private async build(text: string, validation: boolean): Promise<LangiumDocument> {
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = this.services.shared.workspace;
        const uri = URI.parse(`memory:///bench-${this.counter++}.cplan`);
        const document = LangiumDocumentFactory.fromString(text, uri);
        LangiumDocuments.addDocument(document);
        await DocumentBuilder.build([document], { validation });
        await DocumentBuilder.update([], [uri]);
        return document;
    }
}
