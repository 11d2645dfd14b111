import { DefaultWorkspaceManager, type FileSystemNode, type LangiumDocument } from 'langium';
import type { WorkspaceFolder } from 'vscode-languageserver';
import { statSync } from 'node:fs';
import { MAX_PLAN_BYTES } from '../language/plan-limits.js';
import { PortfolioWorkspace } from './portfolio-workspace.js';

/**
 * Reads the workspace's plans as Langium does, but leaves out files too large to be plans,
 * which would otherwise stall the server's start. A file the user opens is still checked.
 * Before the first build it also reads the workspace's portfolio files.
 */
export class PlanWorkspaceManager extends DefaultWorkspaceManager {
    protected override async performStartup(folders: WorkspaceFolder[]): Promise<LangiumDocument[]> {
        const documents = await super.performStartup(folders);
        const roots = folders.map(folder => this.getRootFolder(folder));
        for (const services of this.serviceRegistry.all) {
            const portfolios = (services as { plan?: { PortfolioFindings?: unknown } }).plan?.PortfolioFindings;
            if (portfolios instanceof PortfolioWorkspace) {
                await portfolios.discover(roots);
            }
        }
        return documents;
    }

    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        if (!super.shouldIncludeEntry(entry)) {
            return false;
        }
        const listedSize = (entry as { size?: unknown }).size; // listed by the editor in a browser: src/browser/editor-file-system.ts
        if (entry.isFile && typeof listedSize === 'number') {
            return listedSize <= MAX_PLAN_BYTES;
        }
        if (!entry.isFile || entry.uri.scheme !== 'file') {
            return true;
        }
        try {
            return statSync(entry.uri.fsPath).size <= MAX_PLAN_BYTES;
        } catch {
            return false;
        }
    }
}
