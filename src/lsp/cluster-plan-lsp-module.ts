import { inject, type DeepPartial, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext, type LangiumServices, type LangiumSharedServices,
    type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { ClusterPlanGeneratedModule, ClusterPlanGeneratedSharedModule } from '../grammar/generated/module.js';
import { ClusterPlanModule, type ClusterPlanAddedServices } from '../language/cluster-plan-module.js';
import { PlanCodeActionProvider } from './code-actions.js';
import { PlanCodeLensProvider } from './code-lens-provider.js';
import { PlanCompletionProvider } from './completion-provider.js';
import { PlanDocumentSymbolProvider } from './document-symbol-provider.js';
import { PlanConfigurationProvider } from './editor-settings.js';
import { PlanCommandHandler } from './fill-in.js';
import { PlanFoldingRangeProvider } from './folding-range-provider.js';
import { PlanFormatter } from './formatter.js';
import { PlanHoverProvider } from './hover.js';
import { PlanInlayHintProvider } from './inlay-hint-provider.js';
import { PortfolioWorkspace } from './portfolio-workspace.js';
import { PlanRenameProvider } from './rename-provider.js';
import { PlanSemanticTokenProvider } from './semantic-token-provider.js';
import { PlanWorkspaceManager } from './workspace-manager.js';
import { PlanWorkspaceSymbolProvider } from './workspace-symbol-provider.js';

/** The core services with the editor features of a language server. */
export type ClusterPlanServices = LangiumServices & ClusterPlanAddedServices;

/** The editor features, added on top of the core module, and the workspace's portfolios. */
export const ClusterPlanLspModule: Module<ClusterPlanServices, PartialLangiumServices & DeepPartial<ClusterPlanAddedServices>> = {
    plan: {
        PortfolioFindings: services => new PortfolioWorkspace(services)
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

/** Services shared by every document in a language server: editor settings, workspace loading, workspace symbols, commands. */
export const ClusterPlanLspSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    workspace: {
        ConfigurationProvider: services => new PlanConfigurationProvider(services),
        WorkspaceManager: services => new PlanWorkspaceManager(services)
    },
    lsp: {
        WorkspaceSymbolProvider: services => new PlanWorkspaceSymbolProvider(services),
        ExecuteCommandHandler: services => new PlanCommandHandler(services)
    }
};

/** Wires the language server's services: the core module, the editor features and what the host adds (its rule pages). */
export function createClusterPlanServices(context: DefaultSharedModuleContext, ...hostModules: Array<Module<ClusterPlanServices, DeepPartial<ClusterPlanAddedServices>>>): {
    shared: LangiumSharedServices;
    ClusterPlan: ClusterPlanServices;
} {
    const shared = inject(createDefaultSharedModule(context), ClusterPlanGeneratedSharedModule, ClusterPlanLspSharedModule);
    const ClusterPlan = inject(createDefaultModule({ shared }), ClusterPlanGeneratedModule, ClusterPlanModule, ClusterPlanLspModule, ...hostModules);
    shared.ServiceRegistry.register(ClusterPlan);
    if (!context.connection) {
        // Without a client nobody sends the configuration: start without it (tests).
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, ClusterPlan };
}
