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
/** An amount of zero, the placeholder of money (`0 억원`): its number is what is filled in. */
const ZERO_AMOUNT = /^(0+(?:\.0+)?)\s*\S+$/;

/** A placeholder a finding points at: what it shows, and what to select to type over it. */
export interface Blank {
    readonly shown: string;
    readonly selection: Range;
}

/**
 * The placeholder a diagnostic points at, when it points at one: an unfilled text
 * (`"<지식재산 보호장치>"`, whose inside is typed over) or an amount of zero (`0 억원`, whose
 * number is). Such a finding is fixed by writing it, not by adding its clause again.
 */
export function placeholderAt(document: LangiumDocument, range: Range): Blank | undefined {
    const text = document.textDocument.getText(range);
    const start = document.textDocument.offsetAt(range.start);
    const select = (from: number, length: number): Range =>
        ({ start: document.textDocument.positionAt(start + from), end: document.textDocument.positionAt(start + from + length) });
    const quoted = QUOTED.exec(text);
    if (quoted && isPlaceholder(quoted[2])) {
        return { shown: quoted[2].trim(), selection: select(quoted[1].length, quoted[2].length) };
    }
    const zero = ZERO_AMOUNT.exec(text);
    return zero ? { shown: text, selection: select(0, zero[1].length) } : undefined;
}

/** "Fill in the blank": selects the placeholder (its text, or its amount) so that the planner types over it. */
export function fillInAction(document: LangiumDocument, diagnostic: Diagnostic, blank: Blank, locale: Locale): CodeAction {
    const title = fillTemplate(FILL_IN_TITLE[locale], { text: blank.shown });
    return {
        title,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: true,
        command: { title, command: SELECT_TEXT_COMMAND, arguments: [document.uri.toString(), blank.selection] }
    };
}

/** The server's commands: selecting a text in the editor, for "fill in the blank". */
export class PlanCommandHandler extends AbstractExecuteCommandHandler {
    /** Whether the editor can be asked to select a text (`window/showDocument`); the server sets it from the editor's capabilities. */
    selectsText = true;
    /**
     * Whether the editor takes snippet text edits in a workspace edit (LSP 3.18), so that a
     * quick fix puts the cursor in each placeholder it inserts; the server sets it from the editor's capabilities.
     */
    editsWithSnippets = false;

    constructor(private readonly shared: LangiumSharedServices) {
        super();
    }

    registerCommands(acceptor: ExecuteCommandAcceptor): void {
        acceptor(SELECT_TEXT_COMMAND, async ([uri, selection]) => {
            await this.shared.lsp.Connection?.window.showDocument({ uri: String(uri), selection: selection as Range, takeFocus: true });
        });
    }
}
