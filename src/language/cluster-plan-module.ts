import { inject, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices,
    type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { PlanCodeActionProvider } from '../lsp/code-actions.js';
import { PlanCodeLensProvider } from '../lsp/code-lens-provider.js';
import { PlanCompletionProvider } from '../lsp/completion-provider.js';
import { PlanDocumentSymbolProvider } from '../lsp/document-symbol-provider.js';
import { PlanFoldingRangeProvider } from '../lsp/folding-range-provider.js';
import { PlanFormatter } from '../lsp/formatter.js';
import { PlanHoverProvider } from '../lsp/hover.js';
import { PlanInlayHintProvider } from '../lsp/inlay-hint-provider.js';
import { PlanRenameProvider } from '../lsp/rename-provider.js';
import { PlanSemanticTokenProvider } from '../lsp/semantic-token-provider.js';
import { PlanWorkspaceSymbolProvider } from '../lsp/workspace-symbol-provider.js';
import { PlanAnalyzer } from './analyzer.js';
import { PlanDocumentValidator } from './document-validator.js';
import { PlanConfigurationProvider } from './editor-settings.js';
import { ClusterPlanGeneratedModule, ClusterPlanGeneratedSharedModule } from './generated/module.js';
import { PlanParserErrorMessages } from './parser-messages.js';
import { PlanLinker, PlanReferenceDescriptionProvider } from './references.js';
import { PlanScopeComputation, PlanScopeProvider } from './scope.js';
import { PlanSettings } from './settings.js';
import { PlanWorkspaceManager } from './workspace-manager.js';
import { PlanValueConverter } from './value-converter.js';

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
        ParserErrorMessageProvider: services => new PlanParserErrorMessages(services.plan.Settings),
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
    },
    lsp: {
        CompletionProvider: services => new PlanCompletionProvider(services),
        Formatter: services => new PlanFormatter(services),
        DocumentSymbolProvider: services => new PlanDocumentSymbolProvider(services),
        RenameProvider: services => new PlanRenameProvider(services),
        FoldingRangeProvider: services => new PlanFoldingRangeProvider(services),
        SemanticTokenProvider: services => new PlanSemanticTokenProvider(services),
        InlayHintProvider: services => new PlanInlayHintProvider(services),
        CodeLensProvider: services => new PlanCodeLensProvider(services),
        CodeActionProvider: services => new PlanCodeActionProvider(services),
        HoverProvider: services => new PlanHoverProvider(services)
    }
};

/** Services shared by every document: editor settings, and workspace symbols that search the plans directly. */
export const ClusterPlanSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        ConfigurationProvider: services => new PlanConfigurationProvider(services),
        WorkspaceManager: services => new PlanWorkspaceManager(services)
    },
    lsp: {
        WorkspaceSymbolProvider: services => new PlanWorkspaceSymbolProvider(services)
    }
};

/** Wires the language's services in one place, for the language server, the CLI and tests. */
export function createClusterPlanServices(context: DefaultSharedModuleContext): {
    shared: LangiumSharedServices;
    ClusterPlan: ClusterPlanServices;
} {
    const shared = inject(createDefaultSharedModule(context), ClusterPlanGeneratedSharedModule, ClusterPlanSharedModule);
    const ClusterPlan = inject(createDefaultModule({ shared }), ClusterPlanGeneratedModule, ClusterPlanModule);
    shared.ServiceRegistry.register(ClusterPlan);
    if (!context.connection) {
        // Outside a language server nobody sends the configuration: start without it.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, ClusterPlan };
}
