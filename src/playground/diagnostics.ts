import { LSPPlugin, type LSPClientExtension } from '@codemirror/lsp-client';
import { setDiagnostics, type Diagnostic as EditorDiagnostic } from '@codemirror/lint';
import { StateEffect, StateField } from '@codemirror/state';
import { ViewPlugin, type EditorView, type ViewUpdate } from '@codemirror/view';
import type { Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

/**
 * The server's diagnostics in the editor: underlined with their rule id (as the class
 * `cm-rule-<id>` and the tooltip's source), each with a "quick fix" action, and kept as the
 * server sent them, because a code-action request must hand them back.
 */

/** The server's diagnostics for the document version the editor last synchronised. */
const setServerDiagnostics = StateEffect.define<readonly Diagnostic[]>();

export const serverDiagnosticsField = StateField.define<readonly Diagnostic[]>({
    create: () => [],
    update: (value, transaction) => transaction.effects.find(effect => effect.is(setServerDiagnostics))?.value ?? value
});

/** Edits reach the server this long after the last keystroke. */
const SYNC_DELAY_MS = 150;

const syncAfterTyping = ViewPlugin.fromClass(class {
    private pending: ReturnType<typeof setTimeout> | undefined;

    update(update: ViewUpdate) {
        if (update.docChanged) {
            clearTimeout(this.pending);
            this.pending = setTimeout(() => LSPPlugin.get(update.view)?.client.sync(), SYNC_DELAY_MS);
        }
    }

    destroy() {
        clearTimeout(this.pending);
    }
});

const SEVERITIES = ['error', 'error', 'warning', 'info', 'hint'] as const;

export interface DiagnosticsOptions {
    readonly quickFixLabel: () => string;
    readonly openQuickFixes: (view: EditorView, diagnostic: Diagnostic) => void;
    readonly onDiagnostics: (view: EditorView, diagnostics: readonly Diagnostic[]) => void;
}

export function planDiagnostics(options: DiagnosticsOptions): LSPClientExtension {
    return {
        clientCapabilities: { textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true } } },
        notificationHandlers: {
            'textDocument/publishDiagnostics': (client, params: PublishDiagnosticsParams) => {
                const file = client.workspace.getFile(params.uri);
                if (!file || (params.version !== undefined && params.version !== file.version)) {
                    return false;
                }
                const view = file.getView();
                const plugin = view && LSPPlugin.get(view);
                if (!view || !plugin) {
                    return false;
                }
                const toEditor = (position: Diagnostic['range']['start']) =>
                    plugin.unsyncedChanges.mapPos(plugin.fromPosition(position, plugin.syncedDoc));
                const marks = params.diagnostics.map((diagnostic): EditorDiagnostic => ({
                    from: toEditor(diagnostic.range.start),
                    to: toEditor(diagnostic.range.end),
                    severity: SEVERITIES[diagnostic.severity ?? 1],
                    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
                    source: diagnostic.code === undefined ? undefined : String(diagnostic.code),
                    markClass: diagnostic.code === undefined ? undefined : `cm-rule-${diagnostic.code}`,
                    actions: [{ name: options.quickFixLabel(), apply: target => options.openQuickFixes(target, diagnostic) }]
                }));
                view.dispatch(setDiagnostics(view.state, marks), { effects: setServerDiagnostics.of(params.diagnostics) });
                options.onDiagnostics(view, params.diagnostics);
                return true;
            }
        },
        editorExtension: [serverDiagnosticsField, syncAfterTyping]
    };
}
