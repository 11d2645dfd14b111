import { EmptyFileSystem } from 'langium';
import * as vscode from 'vscode';
import { toLocale } from '../analysis/locale.js';
import { renderDocument } from '../document/plan-document.js';
import { buildPortfolioModel } from '../document/portfolio-model.js';
import { createClusterPlanCoreServices } from '../language/cluster-plan-module.js';
import { checkPortfolioSources, releasePortfolio } from '../language/portfolio-check.js';
import { memberMatcher, parsePortfolioConfig, PORTFOLIO_DOCUMENT_NAME, PORTFOLIO_FILE_NAME } from '../language/portfolio-config.js';
import { askForTarget, writeExported, type DocumentExports } from './document-export.js';
import { editorRuleSeverities } from './editor-rule-settings.js';
import { extensionMessages } from './extension-messages.js';

/**
 * "Cluster Plan: Export Portfolio Document…": pick the workspace's portfolio (a folder with a
 * `cplan.portfolio.json`), a format and where to save; checks the member plans as they are in
 * the editor (unsaved changes included) with the editor's rule settings, as `cplan portfolio`
 * does, and writes the portfolio document. Like the plan export, it never saves over a plan.
 */
export async function exportPortfolio(exports: DocumentExports): Promise<void> {
    const files = await vscode.workspace.findFiles(`**/${PORTFOLIO_FILE_NAME}`, '**/node_modules/**');
    if (files.length === 0) {
        void vscode.window.showInformationMessage(extensionMessages.noPortfolio());
        return;
    }
    const portfolioFile = files.length === 1 ? files[0] : (await vscode.window.showQuickPick(
        files.map(file => ({ label: vscode.workspace.asRelativePath(file), file })), { placeHolder: extensionMessages.pickPortfolio() }))?.file;
    if (!portfolioFile) {
        return;
    }
    const config = parsePortfolioConfig(new TextDecoder().decode(await vscode.workspace.fs.readFile(portfolioFile)));
    if ('problem' in config) {
        void vscode.window.showErrorMessage(extensionMessages.badPortfolio(vscode.workspace.asRelativePath(portfolioFile), config.problem.key));
        return;
    }
    const folder = vscode.Uri.joinPath(portfolioFile, '..');
    const isMember = memberMatcher(config);
    const planFiles = (await vscode.workspace.findFiles(new vscode.RelativePattern(folder, '**/*.cplan')))
        .filter(file => isMember(file.path.slice(folder.path.length + 1)))
        .sort((a, b) => a.path.localeCompare(b.path));
    if (planFiles.length === 0) {
        void vscode.window.showInformationMessage(extensionMessages.noPortfolioPlans(vscode.workspace.asRelativePath(portfolioFile)));
        return;
    }

    const chosen = await askForTarget(exports, extension => vscode.Uri.joinPath(folder, `${PORTFOLIO_DOCUMENT_NAME}${extension}`));
    if (!chosen) {
        return;
    }

    const severities = editorRuleSeverities();
    const sources = await Promise.all(planFiles.map(async file => ({
        absolutePath: file.fsPath,
        text: (await vscode.workspace.openTextDocument(file)).getText(),
        severities
    })));
    const { ClusterPlan } = createClusterPlanCoreServices(EmptyFileSystem);
    const locale = toLocale(vscode.env.language);
    ClusterPlan.plan.Settings.locale = locale;
    const checked = await checkPortfolioSources(ClusterPlan, sources, config.thresholds);
    let content: string | Uint8Array;
    try {
        const model = buildPortfolioModel({
            title: config.title,
            thresholds: config.thresholds,
            locale,
            portfolio: checked.analysis,
            members: checked.documents.map((document, index) => ({
                path: vscode.workspace.asRelativePath(planFiles[index]),
                document,
                analysis: ClusterPlan.plan.AnalysisCache.analysisOf(document)
            }))
        });
        content = await renderDocument(model, chosen.format);
    } finally {
        releasePortfolio(ClusterPlan, checked);
    }
    await writeExported(exports.write, chosen.target, content);
}
