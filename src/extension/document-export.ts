import * as vscode from 'vscode';
import type { UnsafeDocumentTarget } from '../document/file-status.js';
import { FORMAT_EXTENSIONS, type DocumentFormat } from '../document/formats.js';
import { activePlan } from './document-preview.js';
import { renderPlanText } from '../document/render-plan-text.js';
import { editorRuleSeverities } from './editor-rule-settings.js';
import { extensionMessages } from './extension-messages.js';

/** The formats a document can be exported in, as the quick pick offers them. */
const FORMAT_CHOICES: ReadonlyArray<{ format: DocumentFormat; label: 'formatHtml' | 'formatMd' | 'formatDocx' | 'formatHwpx' }> = [
    { format: 'html', label: 'formatHtml' },
    { format: 'hwpx', label: 'formatHwpx' },
    { format: 'docx', label: 'formatDocx' },
    { format: 'md', label: 'formatMd' }
];

/** Writes a document where the user chose: atomically on a local disk, else through the editor's file system. */
export type DocumentWriter = (target: vscode.Uri, bytes: Uint8Array) => Thenable<void>;

/** How an editor exports documents: where it writes them, and the formats it can make. */
export interface DocumentExports {
    readonly write: DocumentWriter;
    readonly formats: readonly DocumentFormat[];
    /** Why a document must not be saved at `target`, where the editor can look at what is there (a local disk). */
    readonly unsafeTarget?: (target: vscode.Uri) => UnsafeDocumentTarget | undefined;
}

/**
 * "Cluster Plan: Export Document…": pick a format, pick where to save, write the document of
 * the plan as it is in the editor. Like `cplan generate`, it never saves over a `.cplan` file.
 */
export async function exportDocument(exports: DocumentExports, resource?: vscode.Uri): Promise<void> {
    const document = await activePlan(resource);
    if (!document) {
        void vscode.window.showInformationMessage(extensionMessages.noPlanOpen());
        return;
    }
    const chosen = await askForTarget(exports, extension => document.uri.with({ path: document.uri.path.replace(/(\.[^./]*)?$/, extension) }));
    if (!chosen) {
        return;
    }
    const rendering = await renderPlanText(document.getText(), chosen.format, { severities: editorRuleSeverities() });
    if (!('content' in rendering)) {
        void vscode.window.showErrorMessage(extensionMessages.syntaxErrors(rendering.syntaxErrorCount));
        return;
    }
    await writeExported(exports.write, chosen.target, rendering.content);
}

/**
 * Asks for one of the formats and where to save (`defaultTarget` proposes a file with the
 * format's extension); refuses what `cplan generate` refuses: a `.cplan` file, and on a local
 * disk a link to one, a pipe or a device. Undefined when the planner cancels or the target is
 * refused.
 */
export async function askForTarget(exports: DocumentExports, defaultTarget: (extension: string) => vscode.Uri): Promise<{ format: DocumentFormat; target: vscode.Uri } | undefined> {
    const choice = await vscode.window.showQuickPick(
        FORMAT_CHOICES.filter(entry => exports.formats.includes(entry.format)).map(entry => ({ label: extensionMessages[entry.label](), description: FORMAT_EXTENSIONS[entry.format], format: entry.format })),
        { placeHolder: extensionMessages.pickFormat() });
    if (!choice) {
        return undefined;
    }
    const extension = FORMAT_EXTENSIONS[choice.format];
    const target = await vscode.window.showSaveDialog({
        defaultUri: defaultTarget(extension),
        filters: { [choice.label]: [extension.slice(1)] },
        saveLabel: extensionMessages.saveLabel()
    });
    if (!target) {
        return undefined;
    }
    const problem = target.path.toLowerCase().endsWith('.cplan') ? 'isPlan' : exports.unsafeTarget?.(target);
    if (problem) {
        void vscode.window.showErrorMessage(problem === 'notRegularFile' ? extensionMessages.refuseSpecialTarget() : extensionMessages.refusePlanTarget());
        return undefined;
    }
    return { format: choice.format, target };
}

/** Writes an exported document and says where, or why it could not. */
export async function writeExported(writeDocument: DocumentWriter, target: vscode.Uri, content: string | Uint8Array): Promise<void> {
    try {
        await writeDocument(target, typeof content === 'string' ? new TextEncoder().encode(content) : content);
    } catch (error) {
        void vscode.window.showErrorMessage(extensionMessages.cannotWrite((error as { code?: string }).code ?? String(error)));
        return;
    }
    void vscode.window.showInformationMessage(extensionMessages.exported(target.scheme === 'file' ? target.fsPath : target.toString()));
}
