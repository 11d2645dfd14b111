import * as vscode from 'vscode';
import type { Locale } from '../analysis/locale.js';
import type { KeywordSpelling } from '../grammar/keyword-spellings.js';
import { planQuestions, type PlanChoices, type PlanQuestion } from '../new-plan/choices.js';
import { newPlanFileName, NewPlanRefusal } from '../new-plan/plan-file-name.js';
import { REGIONS } from '../new-plan/regions.js';
import { planSkeleton } from '../new-plan/skeleton.js';
import { extensionMessages } from './extension-messages.js';
import { editorLocale } from './rule-pages.js';

export const NEW_PLAN_COMMAND = 'clusterPlan.newPlan';

/** Writes a new plan file, refusing (`NewPlanRefusal`) a name that is taken or not a plan's. */
export type PlanFileWriter = (target: vscode.Uri, text: string) => Promise<void>;

interface Picked<Value> extends vscode.QuickPickItem {
    readonly value: Value;
}

/**
 * "Cluster Plan: New plan": asks for the region, the horizon, who leads and the three vision
 * choices, each option explained as the report explains it, then asks where to save and writes
 * the skeleton (the same text as `cplan init --keywords` in the editor's language) without ever
 * writing over a file, and opens it.
 * Escape at any step stops without writing anything.
 */
export async function newPlan(writePlanFile: PlanFileWriter): Promise<void> {
    const locale = editorLocale();
    // Written in the keywords of the language the planner reads the editor in; "Convert
    // Keywords to Korean/English" changes them afterwards.
    const keywords: KeywordSpelling = locale;
    const questions = planQuestions(locale, new Date().getFullYear(), keywords);
    const steps = questions.length + 1;
    const region = await pickRegion(locale, steps);
    if (region === undefined) {
        return;
    }
    let choices: PlanChoices = { region };
    for (const [index, question] of questions.entries()) {
        const answer = await ask(question, index + 2, steps);
        if (answer === undefined) {
            return;
        }
        choices = { ...choices, [question.key]: answer };
    }
    const target = await vscode.window.showSaveDialog({
        defaultUri: await suggestedFile(region),
        filters: { [extensionMessages.planFiles()]: ['cplan'] },
        saveLabel: extensionMessages.createPlan(),
        title: extensionMessages.newPlanTitle()
    });
    if (!target) {
        return;
    }
    try {
        await writePlanFile(target, planSkeleton(choices, { locale, keywords }));
    } catch (error) {
        void vscode.window.showErrorMessage(refusalMessage(error, target));
        return;
    }
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(target), { preview: false });
}

/** One of the seventeen provinces and cities, or a name typed that matches none of them. */
async function pickRegion(locale: Locale, steps: number): Promise<string | undefined> {
    const other: Locale = locale === 'ko' ? 'en' : 'ko';
    const pick = vscode.window.createQuickPick<Picked<string>>();
    pick.title = extensionMessages.newPlanTitle();
    pick.step = 1;
    pick.totalSteps = steps;
    pick.placeholder = extensionMessages.regionPrompt();
    pick.matchOnDescription = true;
    pick.items = REGIONS.map(region => ({ label: region[locale], description: region[other], value: region[locale] }));
    return await answerOf(pick, typed => typed.trim() || undefined);
}

async function ask(question: PlanQuestion, step: number, steps: number): Promise<PlanChoices[PlanQuestion['key']] | undefined> {
    const pick = vscode.window.createQuickPick<Picked<PlanChoices[PlanQuestion['key']]>>();
    pick.title = `${extensionMessages.newPlanTitle()}: ${question.title}`;
    pick.step = step;
    pick.totalSteps = steps;
    pick.placeholder = question.explanation;
    pick.matchOnDetail = true;
    pick.items = (question.options as ReadonlyArray<{ value: PlanChoices[PlanQuestion['key']]; label: string; explanation: string }>)
        .map(option => ({ label: option.label, detail: option.explanation || undefined, value: option.value }));
    return await answerOf(pick);
}

/**
 * The value of the item accepted, or of the text typed when no item matches it (`typed`), or
 * undefined when the picker is closed without either.
 */
function answerOf<Value>(pick: vscode.QuickPick<Picked<Value>>, typed?: (text: string) => Value | undefined): Promise<Value | undefined> {
    return new Promise(resolve => {
        let answered = false;
        pick.onDidAccept(() => {
            const item = pick.selectedItems[0] ?? pick.activeItems[0];
            const value = item ? item.value : typed?.(pick.value);
            if (value !== undefined) {
                answered = true;
                resolve(value);
                pick.hide();
            }
        });
        pick.onDidHide(() => {
            if (!answered) {
                resolve(undefined);
            }
            pick.dispose();
        });
        pick.show();
    });
}

/** A free name in the first workspace folder, after the region (`부산광역시.cplan`). */
async function suggestedFile(region: string): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    if (!folder) {
        return undefined;
    }
    for (let number = 1; ; number++) {
        const candidate = vscode.Uri.joinPath(folder, newPlanFileName(region, number));
        const taken = await Promise.resolve(vscode.workspace.fs.stat(candidate)).then(() => true, () => false);
        if (!taken) {
            return candidate;
        }
    }
}

/**
 * A new plan written through the editor's file system (a folder the extension cannot write
 * with Node: VS Code for the web, a virtual workspace), refused when its name is taken.
 */
export async function writePlanThroughEditor(target: vscode.Uri, text: string): Promise<void> {
    if (!target.path.toLowerCase().endsWith('.cplan')) {
        throw new NewPlanRefusal('notPlanFile', target.toString());
    }
    if (await Promise.resolve(vscode.workspace.fs.stat(target)).then(() => true, () => false)) {
        throw new NewPlanRefusal('exists', target.toString());
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
}

function refusalMessage(error: unknown, target: vscode.Uri): string {
    if (!(error instanceof NewPlanRefusal)) {
        return extensionMessages.cannotWritePlan(error instanceof Error ? error.message : String(error));
    }
    const name = target.path.split('/').pop() ?? target.path;
    switch (error.reason) {
        case 'exists':
            return extensionMessages.planExists(name);
        case 'notPlanFile':
            return extensionMessages.notPlanFile(name);
        default:
            return extensionMessages.cannotWritePlan(error.detail);
    }
}
