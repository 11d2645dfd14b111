import { LSPPlugin } from '@codemirror/lsp-client';
import type { EditorView } from '@codemirror/view';
import type { CodeAction, CodeActionParams, Command, Diagnostic, Range, TextEdit } from 'vscode-languageserver-protocol';
import { serverDiagnosticsField } from './diagnostics.js';
import type { UiText } from './ui-text.js';

/**
 * A small menu of quick fixes: CodeMirror's LSP client has no code-action UI. It asks the
 * server for the actions of the diagnostics on the cursor's line (or of one diagnostic, from
 * its tooltip), lists them where the problem is, and applies the chosen one's edits.
 */
export class QuickFixMenu {
    /** Closes the open menu, choosing nothing. */
    private dismiss: (() => void) | undefined;

    constructor(private readonly text: () => UiText) {}

    /** The quick fixes of the diagnostics on the cursor's line. */
    async forCursor(view: EditorView): Promise<void> {
        const line = view.state.doc.lineAt(view.state.selection.main.head);
        const diagnostics = view.state.field(serverDiagnosticsField).filter(diagnostic =>
            diagnostic.range.start.line <= line.number - 1 && diagnostic.range.end.line >= line.number - 1);
        const cursor = LSPPlugin.get(view)?.toPosition(view.state.selection.main.head);
        await this.open(view, diagnostics, cursor ? { start: cursor, end: cursor } : undefined, line.from);
    }

    /** The quick fixes of one diagnostic. */
    async forDiagnostic(view: EditorView, diagnostic: Diagnostic): Promise<void> {
        const plugin = LSPPlugin.get(view);
        const at = plugin ? Math.min(plugin.fromPosition(diagnostic.range.start, plugin.syncedDoc), view.state.doc.length) : 0;
        await this.open(view, [diagnostic], diagnostic.range, at);
    }

    close(): void {
        this.dismiss?.();
    }

    private async open(view: EditorView, diagnostics: readonly Diagnostic[], range: Range | undefined, at: number): Promise<void> {
        const plugin = LSPPlugin.get(view);
        this.close();
        if (!plugin || !range) {
            return;
        }
        const { client, uri } = plugin;
        client.sync();
        await client.withMapping(async mapping => {
            const params: CodeActionParams = { textDocument: { uri }, range: diagnostics[0]?.range ?? range, context: { diagnostics: [...diagnostics], triggerKind: 1 } };
            const answer = diagnostics.length === 0 ? [] : await client.request<CodeActionParams, Array<CodeAction | Command> | null>('textDocument/codeAction', params);
            const actions = (answer ?? []).filter((action): action is CodeAction => 'edit' in action && action.edit !== undefined);
            const chosen = await this.choose(view, actions, view.state.doc.lineAt(Math.min(at, view.state.doc.length)).number, at);
            const edits = chosen?.edit?.changes?.[uri];
            if (edits) {
                view.dispatch({
                    changes: edits.map((edit: TextEdit) => ({
                        from: mapping.mapPosition(uri, edit.range.start),
                        to: mapping.mapPosition(uri, edit.range.end),
                        insert: edit.newText
                    })),
                    userEvent: 'input.quickfix'
                });
            }
            view.focus();
        });
    }

    /** Shows the menu under the problem and resolves with the action picked, or nothing. */
    private choose(view: EditorView, actions: readonly CodeAction[], line: number, at: number): Promise<CodeAction | undefined> {
        const text = this.text();
        return new Promise(resolve => {
            const menu = document.createElement('div');
            menu.className = 'quick-fix-menu';
            menu.setAttribute('role', 'menu');
            menu.setAttribute('aria-label', text.quickFixesFor(line));
            const heading = menu.appendChild(document.createElement('div'));
            heading.className = 'quick-fix-heading';
            heading.textContent = text.quickFixesFor(line);
            const finish = (action: CodeAction | undefined) => {
                document.removeEventListener('pointerdown', outside, true);
                menu.remove();
                this.dismiss = undefined;
                resolve(action);
            };
            const outside = (event: Event) => {
                if (!menu.contains(event.target as Node)) {
                    finish(undefined);
                }
            };
            const items = actions.map(action => {
                const item = menu.appendChild(document.createElement('button'));
                item.type = 'button';
                item.setAttribute('role', 'menuitem');
                item.className = action.isPreferred ? 'quick-fix preferred' : 'quick-fix';
                item.textContent = action.title;
                item.addEventListener('click', () => finish(action));
                return item;
            });
            if (items.length === 0) {
                const empty = menu.appendChild(document.createElement('p'));
                empty.className = 'quick-fix-empty';
                empty.textContent = text.noQuickFix;
            }
            menu.addEventListener('keydown', event => {
                const index = items.indexOf(document.activeElement as HTMLButtonElement);
                if (event.key === 'Escape') {
                    finish(undefined);
                } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                    event.preventDefault();
                    items[(index + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
                }
            });
            const coords = view.coordsAtPos(at) ?? view.dom.getBoundingClientRect();
            menu.style.left = `${Math.max(8, Math.min(coords.left, window.innerWidth - 440))}px`;
            menu.tabIndex = -1;
            document.body.appendChild(menu);
            // Below the line when it fits, else above it.
            const height = menu.getBoundingClientRect().height;
            menu.style.top = `${coords.bottom + 4 + height <= window.innerHeight - 8 ? coords.bottom + 4 : Math.max(8, coords.top - height - 4)}px`;
            this.dismiss = () => finish(undefined);
            (items[0] ?? menu).focus();
            document.addEventListener('pointerdown', outside, true);
        });
    }
}
