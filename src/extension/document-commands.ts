import * as vscode from 'vscode';
import { exportDocument } from './document-export.js';
import { DocumentPreviews } from './document-preview.js';

/** Opens the preview of a plan at its principles scorecard (the status bar's score does). */
export const SHOW_SCORECARD_COMMAND = 'clusterPlan.showScorecard';

/** Registers the plan document commands: the live preview beside the editor (also at its scorecard) and the export. */
export function registerDocumentCommands(context: vscode.ExtensionContext): void {
    const previews = new DocumentPreviews();
    context.subscriptions.push(
        previews,
        vscode.commands.registerCommand('clusterPlan.openPreviewToSide', (resource?: vscode.Uri) => previews.open(resource)),
        vscode.commands.registerCommand(SHOW_SCORECARD_COMMAND, (resource?: vscode.Uri) => previews.open(resource, 'scorecard')),
        vscode.commands.registerCommand('clusterPlan.exportDocument', (resource?: vscode.Uri) => exportDocument(resource))
    );
}
