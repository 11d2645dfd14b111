import { EmptyFileSystem } from 'langium';
import * as vscode from 'vscode';
import type { KeywordSpelling } from '../grammar/keyword-spellings.js';
import { createClusterPlanCoreServices, type ClusterPlanCoreServices } from '../language/cluster-plan-module.js';
import { convertKeywords } from '../language/keyword-conversion.js';
import { activePlan } from './document-preview.js';
import { extensionMessages } from './extension-messages.js';

let services: ClusterPlanCoreServices | undefined;

/**
 * "Convert keywords to Korean/English": the plan in the editor gets every keyword in one
 * spelling, as `cplan convert` writes it, through one workspace edit that the user can undo.
 * Names, strings, comments, units and spacing stay as they are.
 */
export async function convertPlanKeywords(spelling: KeywordSpelling, resource?: vscode.Uri): Promise<void> {
    const document = await activePlan(resource);
    if (!document) {
        void vscode.window.showInformationMessage(extensionMessages.noPlanOpen());
        return;
    }
    services ??= createClusterPlanCoreServices(EmptyFileSystem).ClusterPlan;
    const conversion = convertKeywords(services.parser.LangiumParser, document.getText(), spelling);
    if ('syntaxErrorCount' in conversion) {
        void vscode.window.showErrorMessage(extensionMessages.convertSyntaxErrors(conversion.syntaxErrorCount));
        return;
    }
    if (conversion.respellings.length === 0) {
        void vscode.window.showInformationMessage(extensionMessages.alreadyInSpelling(spelling));
        return;
    }
    const edit = new vscode.WorkspaceEdit();
    for (const { offset, end, text } of conversion.respellings) {
        edit.replace(document.uri, new vscode.Range(document.positionAt(offset), document.positionAt(end)), text);
    }
    await vscode.workspace.applyEdit(edit);
}

export function registerKeywordCommands(context: vscode.ExtensionContext): void {
    context.subscriptions.push(
        vscode.commands.registerCommand('clusterPlan.convertKeywordsToKorean', (resource?: vscode.Uri) => convertPlanKeywords('ko', resource)),
        vscode.commands.registerCommand('clusterPlan.convertKeywordsToEnglish', (resource?: vscode.Uri) => convertPlanKeywords('en', resource))
    );
}
