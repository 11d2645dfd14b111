import * as vscode from 'vscode';
import type { Plan } from '../grammar/generated/ast.js';
import { activePlan, LANGUAGE_ID } from './document-preview.js';
import { planServices } from '../document/render-plan-text.js';
import { NEW_PLAN_COMMAND } from './new-plan-command.js';

/** Puts the cursor on a part of the plan; the walkthrough's steps use it. */
export const SHOW_PLAN_PART_COMMAND = 'clusterPlan.showPlanPart';

/** The parts of the roadmap a walkthrough step leads to, by the AST type that holds them. */
const PART_TYPES = { assessment: 'Assessment', vision: 'Vision', agency: 'Agency', tasks: 'Task' } as const;

/**
 * Shows the part of the plan in the active editor (or the first plan open) that a stage of the
 * roadmap is about: its first element of that kind, else the plan's first line. With no plan
 * open it starts a new one. The plan is parsed with the core, whatever spelling its keywords have.
 */
export async function showPlanPart(part: unknown): Promise<void> {
    const document = await activePlan() ?? vscode.workspace.textDocuments.find(candidate => candidate.languageId === LANGUAGE_ID);
    if (!document) {
        await vscode.commands.executeCommand(NEW_PLAN_COMMAND);
        return;
    }
    const type = PART_TYPES[part as keyof typeof PART_TYPES];
    const plan = planServices().parser.LangiumParser.parse<Plan>(document.getText()).value;
    const node = plan.items?.find(item => item.$type === type);
    const offset = node?.$cstNode?.offset ?? plan.$cstNode?.offset ?? 0;
    const position = document.positionAt(offset);
    const editor = await vscode.window.showTextDocument(document, { selection: new vscode.Range(position, position), preview: false });
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
}
