import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { PLAN_SCORE_NOTIFICATION, type PlanScoreParams } from '../language/extension-protocol.js';
import { SHOW_SCORECARD_COMMAND } from './document-commands.js';
import { extensionMessages } from './extension-messages.js';
import { LANGUAGE_ID } from './document-preview.js';

/**
 * The active plan's score and error count in the status bar (`원칙 38/50 ⓧ 3`). The language
 * server sends them after every check of an open plan, from the analysis behind the
 * diagnostics it has just published and scored as the code lens and the document score it,
 * so the three never disagree and no plan is checked twice. A click opens the preview at
 * the principles scorecard.
 */
export class PlanScoreStatus implements vscode.Disposable {
    private readonly item = vscode.window.createStatusBarItem('clusterPlan.score', vscode.StatusBarAlignment.Left, 50);
    private readonly scores = new Map<string, PlanScoreParams>();
    private readonly subscriptions: vscode.Disposable[];

    constructor(client: BaseLanguageClient) {
        this.item.name = extensionMessages.scoreItemName();
        this.subscriptions = [
            client.onNotification(PLAN_SCORE_NOTIFICATION, (params: PlanScoreParams) => {
                this.scores.set(params.uri, params);
                this.update();
            }),
            vscode.window.onDidChangeActiveTextEditor(() => this.update()),
            vscode.workspace.onDidCloseTextDocument(document => this.scores.delete(document.uri.toString()))
        ];
        this.update();
    }

    private update(): void {
        const document = vscode.window.activeTextEditor?.document;
        const params = document?.languageId === LANGUAGE_ID ? this.scores.get(document.uri.toString()) : undefined;
        if (!document || !params) {
            this.item.hide();
            return;
        }
        const errors = `$(error) ${params.errors}`;
        this.item.text = params.score
            ? `$(checklist) ${extensionMessages.score(params.score.met, params.score.assessed)}  ${errors}`
            : `$(checklist) ${extensionMessages.noScore()}  ${errors}`;
        this.item.tooltip = params.score
            ? extensionMessages.scoreTooltip(params.score.met, params.score.assessed, params.errors, params.warnings)
            : extensionMessages.noScoreTooltip(params.errors);
        this.item.command = { title: extensionMessages.showScorecard(), command: SHOW_SCORECARD_COMMAND, arguments: [document.uri] };
        this.item.show();
    }

    dispose(): void {
        this.subscriptions.forEach(subscription => subscription.dispose());
        this.item.dispose();
    }
}
