import * as vscode from 'vscode';
import { exportDocument, type DocumentExports } from './document-export.js';
import { DocumentPreviews } from './document-preview.js';
import { exportPortfolio } from './portfolio-export.js';

/** Opens the preview of a plan at its principles scorecard (the status bar's score does). */
export const SHOW_SCORECARD_COMMAND = 'clusterPlan.showScorecard';

/** Registers the document commands: the live preview beside the editor (also at its scorecard), the export, and the portfolio document. */
export function registerDocumentCommands(context: vscode.ExtensionContext, exports: DocumentExports): void {
    const previews = new DocumentPreviews();
    context.subscriptions.push(
        previews,
        vscode.commands.registerCommand('clusterPlan.openPreviewToSide', (resource?: vscode.Uri) => previews.open(resource)),
        vscode.commands.registerCommand(SHOW_SCORECARD_COMMAND, (resource?: vscode.Uri) => previews.open(resource, 'scorecard')),
        vscode.commands.registerCommand('clusterPlan.exportDocument', (resource?: vscode.Uri) => exportDocument(exports, resource)),
        vscode.commands.registerCommand('clusterPlan.exportPortfolio', () => exportPortfolio(exports))
    );
}
