import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { PlanAnalyzer } from './analyzer.js';
import { PlanDocumentValidator } from './document-validator.js';
import { ClusterPlanGeneratedModule, ClusterPlanGeneratedSharedModule } from './generated/module.js';
import { PlanParserErrorMessages } from './parser-messages.js';
import { PlanLinker, PlanReferenceDescriptionProvider } from './references.js';
import { PlanScopeComputation, PlanScopeProvider } from './scope.js';
import { PlanSettings } from './settings.js';

export interface ClusterPlanAddedServices {
    plan: {
        Settings: PlanSettings;
        Analyzer: PlanAnalyzer;
    };
}

export type ClusterPlanServices = LangiumServices & ClusterPlanAddedServices;

export const ClusterPlanModule: Module<ClusterPlanServices, PartialLangiumServices & ClusterPlanAddedServices> = {
    plan: {
        Settings: () => new PlanSettings(),
        Analyzer: services => new PlanAnalyzer(services)
    },
    parser: {
        ParserErrorMessageProvider: services => new PlanParserErrorMessages(services.plan.Settings)
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

/** Wires the language's services in one place, for the language server, the CLI and tests. */
export function createClusterPlanServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    ClusterPlan: ClusterPlanServices;
} {
    const shared = inject(createDefaultSharedModule(context), ClusterPlanGeneratedSharedModule);
    const ClusterPlan = inject(createDefaultModule({ shared }), ClusterPlanGeneratedModule, ClusterPlanModule);
    shared.ServiceRegistry.register(ClusterPlan);
    if (!context.connection) {
        // Outside a language server nobody sends the configuration: start without it.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, ClusterPlan };
}
