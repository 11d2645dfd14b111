import * as assert from 'node:assert/strict';
import { before, describe, it } from 'mocha';
import * as vscode from 'vscode';
import { RULES } from '../../src/analysis/catalogue.js';

const EXTENSION_ID = 'cluster-plan.cluster-plan';
const PREVIEW_COMMAND = 'clusterPlan.openPreviewToSide';

function workspaceFile(name: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the suite runs with the examples folder open');
    return vscode.Uri.joinPath(folder.uri, name);
}

/** Waits until the language server has published diagnostics for `uri` that satisfy `condition`. */
function diagnosticsFor(uri: vscode.Uri, condition: (codes: string[]) => boolean, timeoutMs = 30_000): Promise<string[]> {
    const codesNow = () => vscode.languages.getDiagnostics(uri).map(diagnostic => String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code));
    return new Promise((resolve, reject) => {
        if (condition(codesNow())) {
            resolve(codesNow());
            return;
        }
        const timer = setTimeout(() => { listener.dispose(); reject(new Error(`diagnostics for ${uri.path} never matched; last: ${codesNow().join(', ')}`)); }, timeoutMs);
        const listener = vscode.languages.onDidChangeDiagnostics(event => {
            if (event.uris.some(changed => changed.toString() === uri.toString()) && condition(codesNow())) {
                clearTimeout(timer);
                listener.dispose();
                resolve(codesNow());
            }
        });
    });
}

function hoverText(hovers: vscode.Hover[]): string {
    return hovers.flatMap(hover => hover.contents).map(part => typeof part === 'string' ? part : part.value).join('\n');
}

describe('Cluster Plan in VS Code', () => {
    const draft = () => workspaceFile('daegu-draft.cplan');
    let document: vscode.TextDocument;
    let agency: vscode.Diagnostic;

    before(async () => {
        document = await vscode.workspace.openTextDocument(draft());
        await vscode.window.showTextDocument(document);
    });

    it('activates on a .cplan file', async () => {
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        assert.ok(extension, `${EXTENSION_ID} is installed`);
        assert.equal(document.languageId, 'cluster-plan');
        await extension.activate();
        assert.ok(extension.isActive);
    });

    it('shows the draft\'s diagnostics and none for the clean plan', async () => {
        const codes = await diagnosticsFor(draft(), codes => codes.includes('agency-independent'));
        for (const code of ['agency-independent', 'world-class-research', 'private-led']) {
            assert.ok(codes.includes(code), `${code} among ${codes.join(', ')}`);
        }
        agency = vscode.languages.getDiagnostics(draft()).find(diagnostic => diagnostic.code === 'agency-independent')!;
        const clean = await vscode.workspace.openTextDocument(workspaceFile('busan-marine-bio.cplan'));
        await vscode.window.showTextDocument(clean);
        await diagnosticsFor(draft(), codes => codes.length > 0);
        assert.deepEqual(vscode.languages.getDiagnostics(clean.uri), []);
        await vscode.window.showTextDocument(document);
    });

    it('hovering the agency diagnostic shows the principle it breaks', async () => {
        const principle = RULES.find(rule => rule.id === 'agency-independent')!.principle.en;
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', draft(), agency.range.start);
        assert.ok(hoverText(hovers).includes(principle), `hover text: ${hoverText(hovers)}`);
    });

    it('the quick fix marks the agency independent and the diagnostic goes', async () => {
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', draft(), agency.range, vscode.CodeActionKind.QuickFix.value);
        const fix = actions.find(action => /independent/i.test(action.title));
        assert.ok(fix?.edit, `a quick fix about independent among: ${actions.map(action => action.title).join(' | ')}`);
        assert.ok(await vscode.workspace.applyEdit(fix.edit));
        assert.match(document.getText(), /agency DBP "[^"]*" \{[^}]*\bindependent\b/);
        await diagnosticsFor(draft(), codes => !codes.includes('agency-independent'));
        await vscode.commands.executeCommand('workbench.action.files.revert');
    });

    it('opens the preview beside the editor', async () => {
        const commands = await vscode.commands.getCommands(true);
        assert.ok(commands.includes(PREVIEW_COMMAND), `${PREVIEW_COMMAND} is registered`);
        await vscode.commands.executeCommand(PREVIEW_COMMAND);
        const webviews = vscode.window.tabGroups.all.flatMap(group => group.tabs)
            .filter(tab => tab.input instanceof vscode.TabInputWebview);
        assert.ok(webviews.length > 0, 'a webview tab is open');
        assert.ok(vscode.window.tabGroups.all.length >= 2, 'the preview sits in a group beside the editor');
    });
});
