import {
    createDefaultCoreModule, createDefaultSharedCoreModule, inject, type DefaultSharedCoreModuleContext, type LangiumCoreServices,
    type LangiumSharedCoreServices, type Module, type PartialLangiumCoreServices
} from 'langium';
import { ClusterPlanGeneratedModule, ClusterPlanGeneratedSharedModule } from '../grammar/generated/module.js';
import { AnalysisCache } from './analysis-cache.js';
import { PlanDocumentValidator } from './document-validator.js';
import { PlanParserErrorMessages } from './parser-messages.js';
import { PlanLinker, PlanReferenceDescriptionProvider } from './references.js';
import { PlanScopeComputation, PlanScopeProvider } from './scope.js';
import { NO_PORTFOLIO, type PortfolioFindings } from './portfolio-findings.js';
import { PlanSettings } from './settings.js';
import { PlanTokenBuilder } from './token-builder.js';
import { PlanLexer } from './lexer.js';
import { createPlanParser } from './parser.js';
import { NO_RULE_DOC_LINKS, type RuleDocLinks } from './rule-doc-links.js';
import { PlanValueConverter } from './value-converter.js';

/** What Cluster Plan adds to Langium's services: the user's settings and the cached analysis of each plan. */
export interface ClusterPlanAddedServices {
    plan: {
        Settings: PlanSettings;
        AnalysisCache: AnalysisCache;
        RuleDocLinks: RuleDocLinks;
        PortfolioFindings: PortfolioFindings;
    };
}

/** The services every consumer of plans needs: parsing, linking, checking. No editor features. */
export type ClusterPlanCoreServices = LangiumCoreServices & ClusterPlanAddedServices;

/**
 * The core of the language, as Langium's `createDefaultCoreModule` is to its LSP module: the
 * command line, the document generator and the preview use it alone; the language server
 * adds the editor features of `src/lsp` on top.
 */
export const ClusterPlanModule: Module<ClusterPlanCoreServices, PartialLangiumCoreServices & ClusterPlanAddedServices> = {
    plan: {
        Settings: () => new PlanSettings(),
        AnalysisCache: services => new AnalysisCache(services),
        RuleDocLinks: () => NO_RULE_DOC_LINKS,
        PortfolioFindings: () => NO_PORTFOLIO
    },
    parser: {
        TokenBuilder: () => new PlanTokenBuilder(),
        Lexer: services => new PlanLexer(services),
        LangiumParser: services => createPlanParser(services),
        ParserErrorMessageProvider: services => new PlanParserErrorMessages(services.Grammar),
        ValueConverter: () => new PlanValueConverter()
    },
    references: {
        ScopeComputation: services => new PlanScopeComputation(services),
        ScopeProvider: services => new PlanScopeProvider(services),
        Linker: services => new PlanLinker(services)
    },
    workspace: {
        ReferenceDescriptionProvider: services => new PlanReferenceDescriptionProvider(services)
    },
    validation: {
        DocumentValidator: services => new PlanDocumentValidator(services)
    }
};

/**
 * Parsing, linking and checking of plans without a language server: for the CLI, the generator
 * and tests. They read plans themselves and give Langium `EmptyFileSystem`: its file system
 * serves a language server's workspace, and Node's (`langium/node`) would have a check load
 * Node's directory module, compiled from source once `cplan` has set its flags.
 */
export function createClusterPlanCoreServices(context: DefaultSharedCoreModuleContext): {
    shared: LangiumSharedCoreServices;
    ClusterPlan: ClusterPlanCoreServices;
} {
    const shared = inject(createDefaultSharedCoreModule(context), ClusterPlanGeneratedSharedModule);
    const ClusterPlan = inject(createDefaultCoreModule({ shared }), ClusterPlanGeneratedModule, ClusterPlanModule);
    shared.ServiceRegistry.register(ClusterPlan);
    // Outside a language server nobody sends the configuration: start without it.
    shared.workspace.ConfigurationProvider.initialized({});
    return { shared, ClusterPlan };
}
