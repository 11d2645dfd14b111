import * as vscode from 'vscode';
import { escapeXml } from '../document/escape.js';
import { renderPlanText } from '../document/render-plan-text.js';
import { editorRuleSeverities } from './editor-rule-settings.js';
import { extensionMessages } from './extension-messages.js';
import { PREVIEW_SCRIPT } from './preview-script.js';

export const LANGUAGE_ID = 'cluster-plan';
const VIEW_TYPE = 'clusterPlan.preview';
/** Scripts only under the page's nonce; no local or remote resource at all. */
const WEBVIEW_OPTIONS: vscode.WebviewOptions & vscode.WebviewPanelOptions = { enableScripts: true, enableFindWidget: true, localResourceRoots: [] };
/** Typing pauses this long before the preview is rendered again. */
const DEBOUNCE_MS = 300;

/** The plan the command was run on (from a menu), else the plan in the active editor. */
export async function activePlan(resource?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    if (resource instanceof vscode.Uri) {
        const document = await Promise.resolve(vscode.workspace.openTextDocument(resource)).catch(() => undefined);
        return document?.languageId === LANGUAGE_ID ? document : undefined;
    }
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === LANGUAGE_ID ? document : undefined;
}

/**
 * "Cluster Plan: Open Preview to the Side": one webview per plan, showing its document,
 * re-rendered as the plan is edited; a click on a scorecard row moves the editor to that line.
 */
export class DocumentPreviews implements vscode.Disposable, vscode.WebviewPanelSerializer {
    private readonly previews = new Map<string, Preview>();
    private readonly subscriptions: vscode.Disposable[] = [];

    constructor() {
        this.subscriptions.push(
            vscode.workspace.onDidChangeTextDocument(event => this.previews.get(event.document.uri.toString())?.scheduleUpdate()),
            vscode.workspace.onDidCloseTextDocument(document => this.previews.get(document.uri.toString())?.dispose()),
            vscode.workspace.onDidChangeConfiguration(event => {
                if (event.affectsConfiguration('clusterPlan.rules')) {
                    this.previews.forEach(preview => preview.scheduleUpdate());
                }
            }),
            vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, this)
        );
    }

    /** Opens (or shows) the preview of a plan; `chapter` scrolls it to that chapter (`scorecard`). */
    async open(resource?: vscode.Uri, chapter?: string): Promise<void> {
        const document = await activePlan(resource);
        if (!document) {
            void vscode.window.showInformationMessage(extensionMessages.noPlanOpen());
            return;
        }
        const key = document.uri.toString();
        const existing = this.previews.get(key);
        if (existing) {
            existing.reveal();
        } else {
            const panel = vscode.window.createWebviewPanel(VIEW_TYPE, previewTitle(document), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, WEBVIEW_OPTIONS);
            await this.show(document, panel);
        }
        if (chapter) {
            this.previews.get(key)?.scrollTo(`chapter-${chapter}`);
        }
    }

    /** A preview the editor restores after a reload: it shows its plan again, or closes when the plan is gone. */
    async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
        const source = typeof state === 'object' && state !== null ? (state as { source?: unknown }).source : undefined;
        const document = typeof source === 'string' ? await Promise.resolve(vscode.workspace.openTextDocument(vscode.Uri.parse(source))).catch(() => undefined) : undefined;
        if (!document || this.previews.has(document.uri.toString())) {
            panel.dispose();
            return;
        }
        panel.webview.options = WEBVIEW_OPTIONS;
        await this.show(document, panel);
    }

    private async show(document: vscode.TextDocument, panel: vscode.WebviewPanel): Promise<void> {
        const key = document.uri.toString();
        const preview = new Preview(document, panel, () => this.previews.delete(key));
        this.previews.set(key, preview);
        await preview.update();
    }

    dispose(): void {
        for (const preview of [...this.previews.values()]) {
            preview.dispose();
        }
        this.subscriptions.forEach(subscription => subscription.dispose());
    }
}

class Preview {
    private readonly sourceColumn: vscode.ViewColumn;
    private timer: ReturnType<typeof setTimeout> | undefined;
    /** Only the newest rendering is shown when several overlap. */
    private generation = 0;
    private disposed = false;
    /** Whether the page now shown has said it is ready for messages; a new page is not yet. */
    private pageReady = false;
    /** An anchor to scroll to once the page is ready. */
    private pendingScroll: string | undefined;

    constructor(private readonly document: vscode.TextDocument, private readonly panel: vscode.WebviewPanel, private readonly onDispose: () => void) {
        this.sourceColumn = vscode.window.visibleTextEditors.find(editor => editor.document === document)?.viewColumn ?? vscode.ViewColumn.One;
        this.panel.onDidDispose(() => this.dispose());
        this.panel.webview.onDidReceiveMessage((message: unknown) => this.onMessage(message));
    }

    reveal(): void {
        this.panel.reveal(vscode.ViewColumn.Beside, true);
    }

    scrollTo(anchor: string): void {
        if (this.pageReady) {
            void this.panel.webview.postMessage({ type: 'scrollTo', id: anchor });
        } else {
            this.pendingScroll = anchor;
        }
    }

    scheduleUpdate(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.update(), DEBOUNCE_MS);
    }

    async update(): Promise<void> {
        const generation = ++this.generation;
        const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
        const rendering = await renderPlanText(this.document.getText(), 'html', {
            severities: editorRuleSeverities(),
            webview: { nonce, cspSource: this.panel.webview.cspSource, script: PREVIEW_SCRIPT }
        });
        if (this.disposed || generation !== this.generation) {
            return;
        }
        if ('content' in rendering) {
            this.pageReady = false;
            this.panel.webview.html = String(rendering.content);
            void this.panel.webview.postMessage({ type: 'source', uri: this.document.uri.toString() });
        } else if (this.panel.webview.html) {
            // Keep showing the last good document while the plan is being typed.
            void this.panel.webview.postMessage({ type: 'stale', text: extensionMessages.previewStale(rendering.syntaxErrorCount) });
        } else {
            this.pageReady = false;
            this.panel.webview.html = messagePage(extensionMessages.syntaxErrors(rendering.syntaxErrorCount), this.panel.webview.cspSource);
        }
    }

    private async onMessage(message: unknown): Promise<void> {
        const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
        if (type === 'ready') {
            this.pageReady = true;
            if (this.pendingScroll) {
                this.scrollTo(this.pendingScroll);
                this.pendingScroll = undefined;
            }
            return;
        }
        if (type !== 'reveal') {
            return;
        }
        const line = Number((message as { line?: unknown }).line);
        if (!Number.isInteger(line) || line < 0 || line >= this.document.lineCount) {
            return;
        }
        const position = new vscode.Position(line, 0);
        const editor = await vscode.window.showTextDocument(this.document, { viewColumn: this.sourceColumn, selection: new vscode.Range(position, position) });
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }

    dispose(): void {
        if (this.disposed) {
            return;
        }
        this.disposed = true;
        clearTimeout(this.timer);
        this.onDispose();
        this.panel.dispose();
    }
}

function previewTitle(document: vscode.TextDocument): string {
    return extensionMessages.previewTitle(document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1));
}

/** A page with one message, under the same strict policy as the document. */
function messagePage(message: string, cspSource: string): string {
    return `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${escapeXml(cspSource)} 'unsafe-inline';"></head>`
        + `<body style="font-family: sans-serif; padding: 2em;"><p>${escapeXml(message)}</p></body></html>`;
}
