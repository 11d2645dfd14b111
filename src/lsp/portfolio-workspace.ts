import { DocumentState, URI, UriUtils, type FileSystemNode, type FileSystemProvider, type LangiumDocument, type LangiumDocuments } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { FileChangeType } from 'vscode-languageserver';
import type { Finding } from '../analysis/findings.js';
import type { PortfolioAnalysis } from '../analysis/portfolio.js';
import type { AnalysisCache } from '../language/analysis-cache.js';
import type { PlanDocumentValidator } from '../language/document-validator.js';
import type { PortfolioFindings } from '../language/portfolio-findings.js';
import { memberMatcher, parsePortfolioConfig, PORTFOLIO_FILE_NAME, type PortfolioConfig } from '../language/portfolio-config.js';
import type { ClusterPlanServices } from './cluster-plan-lsp-module.js';

/** A `cplan.portfolio.json` of the workspace, read. */
interface LoadedPortfolio {
    /** The folder it is in, as a URI string ending in `/`. */
    readonly folder: string;
    readonly config: PortfolioConfig;
    readonly isMember: (relativePath: string) => boolean;
}

/** The last check of one portfolio, with the member analyses it was made from. */
interface CheckedPortfolio {
    readonly members: readonly LangiumDocument[];
    readonly analyses: readonly unknown[];
    readonly result: PortfolioAnalysis;
    readonly findingsByUri: ReadonlyMap<string, readonly Finding[]>;
}

/**
 * The portfolios of the workspace in the language server: every `cplan.portfolio.json` below
 * the workspace folders, read at start and again when it changes on disk. Each member plan's
 * diagnostics carry what its portfolio finds on it. The portfolio rules run again over the
 * members' cached analyses only when one of those analyses changed; when an edit in one
 * plan changes what the portfolio finds on the others, those others are validated again
 * (their own analyses come from the cache, so their own rules are not run) and republished.
 */
export class PortfolioWorkspace implements PortfolioFindings {
    private portfolios: LoadedPortfolio[] = [];
    private readonly checks = new Map<LoadedPortfolio, CheckedPortfolio>();
    /** The portfolio of each plan seen (null: none), and each portfolio's plans; forgotten when plans come or go. */
    private readonly membership = new Map<string, LoadedPortfolio | null>();
    private readonly members = new Map<LoadedPortfolio, LangiumDocument[]>();
    /** What each member's diagnostics last carried: the check they came from and its diagnostics, as text. */
    private readonly published = new Map<string, { readonly result: PortfolioAnalysis; readonly signature: string }>();
    private readonly analyses: AnalysisCache;
    private readonly documents: LangiumDocuments;
    private readonly fileSystem: FileSystemProvider;
    private readonly shared: LangiumSharedServices;
    private readonly services: ClusterPlanServices;

    constructor(services: ClusterPlanServices) {
        this.services = services;
        this.shared = services.shared;
        this.analyses = services.plan.AnalysisCache;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.fileSystem = services.shared.workspace.FileSystemProvider;
        this.shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => this.republishStale());
        this.shared.workspace.DocumentBuilder.onUpdate((changed, deleted) => {
            if (deleted.length > 0 || changed.some(uri => !this.membership.has(uri.toString()))) {
                this.members.clear();
            }
        });
        this.shared.lsp.DocumentUpdateHandler.onWatchedFilesChange(params => {
            const changed = params.changes.filter(change => UriUtils.basename(URI.parse(change.uri)) === PORTFOLIO_FILE_NAME);
            if (changed.length > 0) {
                void this.reload(changed.map(change => ({ uri: URI.parse(change.uri), deleted: change.type === FileChangeType.Deleted })));
            }
        });
    }

    /** Finds and reads the portfolio files below the workspace folders (at start, before the first build). */
    async discover(folders: readonly URI[]): Promise<void> {
        const files: URI[] = [];
        for (const folder of folders) {
            await this.findPortfolioFiles(folder, files);
        }
        for (const file of files) {
            await this.load(file);
        }
        this.membership.clear();
        this.members.clear();
    }

    findingsFor(document: LangiumDocument): readonly Finding[] {
        const portfolio = this.portfolioOf(document.uri);
        if (!portfolio) {
            return [];
        }
        const checked = this.check(portfolio);
        const uri = document.uri.toString();
        const findings = checked.findingsByUri.get(uri) ?? [];
        this.published.set(uri, { result: checked.result, signature: this.signature(document, findings) });
        return findings;
    }

    /** The portfolio a plan belongs to: the nearest `cplan.portfolio.json` above it whose members include it. */
    private portfolioOf(uri: URI): LoadedPortfolio | undefined {
        const text = uri.toString();
        const known = this.membership.get(text);
        if (known !== undefined) {
            return known ?? undefined;
        }
        const portfolio = this.findPortfolioOf(text);
        this.membership.set(text, portfolio ?? null);
        return portfolio;
    }

    private findPortfolioOf(text: string): LoadedPortfolio | undefined {
        let nearest: LoadedPortfolio | undefined;
        for (const portfolio of this.portfolios) {
            if (text.startsWith(portfolio.folder) && (!nearest || portfolio.folder.length > nearest.folder.length)) {
                nearest = portfolio;
            }
        }
        return nearest?.isMember(decodeURIComponent(text.slice(nearest.folder.length))) ? nearest : undefined;
    }

    private membersOf(portfolio: LoadedPortfolio): LangiumDocument[] {
        let members = this.members.get(portfolio);
        if (!members) {
            members = this.documents.all.filter(document => this.portfolioOf(document.uri) === portfolio).toArray()
                .sort((a, b) => a.uri.toString().localeCompare(b.uri.toString()));
            this.members.set(portfolio, members);
        }
        // Plans not yet linked are left out until they are; their validation brings them in.
        return members.filter(document => document.state >= DocumentState.Linked);
    }

    /** The portfolio's findings, checked again only when a member came or went or its analysis changed. */
    private check(portfolio: LoadedPortfolio): CheckedPortfolio {
        const members = this.membersOf(portfolio);
        const analyses = members.map(document => this.analyses.analysisOf(document));
        const last = this.checks.get(portfolio);
        if (last && last.members.length === members.length && last.members.every((member, i) => member === members[i] && last.analyses[i] === analyses[i])) {
            return last;
        }
        const result = this.analyses.analysePortfolio(members, portfolio.config.thresholds);
        const checked: CheckedPortfolio = {
            members, analyses, result,
            findingsByUri: new Map(result.members.map(member => [member.key, member.findings]))
        };
        this.checks.set(portfolio, checked);
        return checked;
    }

    /**
     * After a build: members whose diagnostics no longer carry what their portfolio finds on
     * them (an edit elsewhere changed it) are validated again, after the build is done.
     */
    private republishStale(): void {
        if (this.portfolios.length === 0) {
            return;
        }
        const stale: LangiumDocument[] = [];
        for (const portfolio of this.portfolios) {
            const checked = this.check(portfolio);
            for (const member of checked.members) {
                const uri = member.uri.toString();
                const last = this.published.get(uri);
                // Unchanged since it was last validated (this build's plans were validated with this check).
                if (member.state !== DocumentState.Validated || last?.result === checked.result) {
                    continue;
                }
                if (!last || last.signature !== this.signature(member, checked.findingsByUri.get(uri) ?? [])) {
                    stale.push(member);
                } else {
                    this.published.set(uri, { result: checked.result, signature: last.signature });
                }
            }
        }
        if (stale.length > 0) {
            setTimeout(() => void this.revalidate(stale), 0);
        }
    }

    private async revalidate(documents: readonly LangiumDocument[]): Promise<void> {
        const { WorkspaceLock, DocumentBuilder } = this.shared.workspace;
        await WorkspaceLock.write(async token => {
            for (const document of documents) {
                if (this.documents.hasDocument(document.uri) && document.state === DocumentState.Validated) {
                    // Back to before validation: parsing, linking and the plan's own analysis stay as they are.
                    DocumentBuilder.resetToState(document, DocumentState.IndexedReferences);
                }
            }
            await DocumentBuilder.update([], [], token);
        }).catch(() => undefined);
    }

    /** A portfolio file was created, changed or deleted: read it again and recheck the plans it concerns. */
    private async reload(changes: ReadonlyArray<{ readonly uri: URI; readonly deleted: boolean }>): Promise<void> {
        const affected = new Set<LangiumDocument>();
        const collect = () => this.portfolios.forEach(portfolio => this.membersOf(portfolio).forEach(member => affected.add(member)));
        collect();
        this.membership.clear();
        this.members.clear();
        for (const change of changes) {
            const folder = folderOf(change.uri);
            this.portfolios = this.portfolios.filter(portfolio => portfolio.folder !== folder);
            if (!change.deleted) {
                await this.load(change.uri);
            }
        }
        this.checks.clear();
        this.membership.clear();
        this.members.clear();
        collect();
        // Plans that left every portfolio are validated again too, so their portfolio findings go.
        this.published.clear();
        await this.revalidate([...affected]);
    }

    private async load(file: URI): Promise<void> {
        let text: string;
        try {
            text = await this.fileSystem.readFile(file);
        } catch {
            return;
        }
        const config = parsePortfolioConfig(text);
        if ('problem' in config) {
            console.error(`cplan: ${file.fsPath}: ${config.problem.key} ${JSON.stringify(config.problem.args)}`);
            return;
        }
        this.portfolios.push({ folder: folderOf(file), config, isMember: memberMatcher(config) });
    }

    private async findPortfolioFiles(folder: URI, found: URI[]): Promise<void> {
        let entries: FileSystemNode[];
        try {
            entries = await this.fileSystem.readDirectory(folder);
        } catch {
            return;
        }
        const workspace = this.shared.workspace.WorkspaceManager as { shouldIncludeEntry?: (entry: FileSystemNode) => boolean };
        for (const entry of entries) {
            if (entry.isFile && UriUtils.basename(entry.uri) === PORTFOLIO_FILE_NAME) {
                found.push(entry.uri);
            } else if (entry.isDirectory && (workspace.shouldIncludeEntry?.(entry) ?? true)) {
                await this.findPortfolioFiles(entry.uri, found);
            }
        }
    }

    /** The diagnostics the findings make on a plan, as text: what the editor shows of them. */
    private signature(document: LangiumDocument, findings: readonly Finding[]): string {
        const validator = this.services.validation.DocumentValidator as PlanDocumentValidator;
        return JSON.stringify(findings.map(finding => {
            const { message, range, severity, relatedInformation } = validator.findingDiagnostic(document, finding);
            return [message, range, severity, relatedInformation];
        }));
    }
}

/** The folder of a file, as a URI string ending in `/`. */
function folderOf(file: URI): string {
    const folder = UriUtils.dirname(file).toString();
    return folder.endsWith('/') ? folder : `${folder}/`;
}
