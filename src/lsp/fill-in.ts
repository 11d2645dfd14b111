import type { LangiumDocument } from 'langium';
import { AbstractExecuteCommandHandler, type ExecuteCommandAcceptor, type LangiumSharedServices } from 'langium/lsp';
import type { CodeAction, Diagnostic, Range } from 'vscode-languageserver';
import { fillTemplate, type Locale, type Localized } from '../analysis/locale.js';
import { isPlaceholder } from '../analysis/texts.js';

/** Selects a range of a document in the editor (`window/showDocument`), so that typing replaces it. */
export const SELECT_TEXT_COMMAND = 'cplan.selectText';

const FILL_IN_TITLE: Localized = { ko: '빈 칸 채우기: {text}', en: 'Fill in the blank: {text}' };

/** A quoted text, straight or curly quotes. */
const QUOTED = /^(["“])([\s\S]*)(["”])$/;

/**
 * The inside of the placeholder a diagnostic points at (`"<지식재산 보호장치>"`), when it
 * points at one: such a finding is fixed by writing the text, not by adding the clause again.
 */
export function placeholderAt(document: LangiumDocument, range: Range): Range | undefined {
    const text = document.textDocument.getText(range);
    const quoted = QUOTED.exec(text);
    if (!quoted || !isPlaceholder(quoted[2])) {
        return undefined;
    }
    const start = document.textDocument.offsetAt(range.start) + quoted[1].length;
    return { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(start + quoted[2].length) };
}

/** "Fill in the blank": selects the placeholder's text so that the planner types over it. */
export function fillInAction(document: LangiumDocument, diagnostic: Diagnostic, blank: Range, locale: Locale): CodeAction {
    const title = fillTemplate(FILL_IN_TITLE[locale], { text: document.textDocument.getText(blank).trim() });
    return {
        title,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: true,
        command: { title, command: SELECT_TEXT_COMMAND, arguments: [document.uri.toString(), blank] }
    };
}

/** The server's commands: selecting a text in the editor, for "fill in the blank". */
export class PlanCommandHandler extends AbstractExecuteCommandHandler {
    /** Whether the editor can be asked to select a text (`window/showDocument`); the server sets it from the editor's capabilities. */
    selectsText = true;

    constructor(private readonly shared: LangiumSharedServices) {
        super();
    }

    registerCommands(acceptor: ExecuteCommandAcceptor): void {
        acceptor(SELECT_TEXT_COMMAND, async ([uri, selection]) => {
            await this.shared.lsp.Connection?.window.showDocument({ uri: String(uri), selection: selection as Range, takeFocus: true });
        });
    }
}
