import { isCompositeCstNode, isLeafCstNode, type AstNodeLocator, type CstNode, type LangiumDocument, type LangiumParser } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Diagnostic, SnippetTextEdit, TextEdit } from 'vscode-languageserver';
import { findRule, isWaivable } from '../analysis/catalogue.js';
import type { KeywordSpelling } from '../grammar/keyword-spellings.js';
import type { AnalysisCache } from '../language/analysis-cache.js';
import { applyRespellings, keywordRespellings } from '../language/keyword-conversion.js';
import { keywordSpellingOf } from '../language/keyword-spelling.js';
import { DIAGNOSTIC_SOURCE, type PlanDiagnosticData } from '../language/document-validator.js';
import type { Plan } from '../grammar/generated/ast.js';
import type { PlanSettings } from '../language/settings.js';
import type { ClusterPlanServices } from './cluster-plan-lsp-module.js';
import { fillInAction, placeholderAt, type PlanCommandHandler } from './fill-in.js';
import { PlanEdits } from './plan-edits.js';
import { NO_WAIVER_OFFERED, QUICK_FIXES, waiverFix, type FixProposal } from './quick-fixes/index.js';

/**
 * Quick fixes for rule diagnostics: "fill in the blank" for a finding on an unfilled
 * placeholder, else the rule's own fixes from the quick-fix table; then "waive this rule with
 * a reason" for every rule that may be waived. Each fix reads what it
 * needs from the diagnostic's data: the finding's arguments and the path of its element.
 */
export class PlanCodeActionProvider implements CodeActionProvider {
    private readonly analyses: AnalysisCache;
    private readonly settings: PlanSettings;
    private readonly locator: AstNodeLocator;
    private readonly parser: LangiumParser;
    private readonly commands: PlanCommandHandler;

    constructor(services: ClusterPlanServices) {
        this.analyses = services.plan.AnalysisCache;
        this.settings = services.plan.Settings;
        this.locator = services.workspace.AstNodeLocator;
        this.parser = services.parser.LangiumParser;
        this.commands = services.shared.lsp.ExecuteCommandHandler as PlanCommandHandler;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): CodeAction[] {
        const plan = document.parseResult.value as Plan;
        const facts = this.analyses.analysisOf(document).facts;
        const base = { document, plan, facts, locale: this.settings.locale, spelling: keywordSpellingOf(document) };
        const actions: CodeAction[] = [];
        const titles = new Set<string>();
        for (const diagnostic of params.context.diagnostics) {
            const data = planData(diagnostic);
            const rule = data && findRule(data.ruleId);
            if (!data || !rule) {
                continue;
            }
            const waivable = isWaivable(rule) && !NO_WAIVER_OFFERED.has(rule.id) && !facts.waivers.some(waiver => waiver.rule === rule.id);
            // A finding on an unfilled placeholder is fixed by writing it, not by adding its clause
            // again; an editor that can select it for typing gets "fill in the blank".
            const blank = placeholderAt(document, diagnostic.range);
            if (blank && this.commands.selectsText) {
                actions.push(fillInAction(document, diagnostic, blank, base.locale));
            }
            const node = data.path === undefined ? undefined : this.locator.getAstNode(plan, data.path);
            const fixes: FixProposal[] = blank ? [] : QUICK_FIXES[rule.id]?.({ ...base, data, node, range: diagnostic.range }) ?? [];
            for (const proposal of waivable ? [...fixes, waiverFix(base, rule.id)] : fixes) {
                if (!titles.has(proposal.title)) {
                    titles.add(proposal.title);
                    // A single fix is the obvious one; with a choice the planner decides.
                    actions.push(this.toCodeAction(document, diagnostic, proposal, fixes.length === 1 && proposal === fixes[0], base.spelling));
                }
            }
        }
        return actions;
    }

    private toCodeAction(document: LangiumDocument, diagnostic: Diagnostic, proposal: FixProposal, preferred: boolean, spelling: KeywordSpelling): CodeAction {
        const planEdits = new PlanEdits(document);
        proposal.apply(planEdits);
        const edits = spelling === 'en' ? planEdits.edits : this.respelled(document, planEdits.edits, spelling);
        const uri = document.textDocument.uri;
        const withPlaceholders = this.commands.editsWithSnippets && edits.some(edit => PLACEHOLDER_TEXT.test(edit.newText));
        return {
            title: proposal.title,
            kind: 'quickfix',
            diagnostics: [diagnostic],
            isPreferred: preferred || undefined,
            edit: withPlaceholders
                ? { documentChanges: [{ textDocument: { uri, version: document.textDocument.version }, edits: snippetEdits(document, edits) }] }
                : { changes: { [uri]: edits } }
        };
    }

    /**
     * The edits with the keywords they insert in the plan's spelling. Fixes write keywords in
     * English; the plan as it would be after the edits is parsed, so that the parser tells
     * the keywords from names spelled like them, and only the inserted text is respelled.
     * Only the plan's items the edits touch are parsed (in a plan of their own): a quick fix
     * is asked for at every move of the cursor, and parsing a large plan for each proposal
     * took tens of milliseconds.
     */
    private respelled(document: LangiumDocument, edits: readonly TextEdit[], spelling: KeywordSpelling): TextEdit[] {
        const textDocument = document.textDocument;
        const text = textDocument.getText();
        const placed = edits.map(edit => ({ edit, start: textDocument.offsetAt(edit.range.start), end: textDocument.offsetAt(edit.range.end) }))
            .sort((a, b) => a.start - b.start);
        const [from, to] = touchedItems(document, placed) ?? [0, text.length];
        let edited = '';
        let position = from;
        const landed = placed.map(({ edit, start, end }) => {
            edited += text.slice(position, start);
            const at = edited.length;
            edited += edit.newText;
            position = end;
            return { edit, at, end: at + edit.newText.length };
        });
        edited += text.slice(position, to);
        // Items alone are no plan: they are parsed inside one, and offsets counted from its body.
        const wrapper = from === 0 && to === text.length ? { before: '', after: '' } : ITEMS_WRAPPER;
        const respellings = keywordRespellings(this.parser.parse(wrapper.before + edited + wrapper.after).value, spelling)
            .map(respelling => ({ ...respelling, offset: respelling.offset - wrapper.before.length, end: respelling.end - wrapper.before.length }));
        return landed.map(({ edit, at, end }) => ({
            range: edit.range,
            newText: applyRespellings(edit.newText, respellings
                .filter(respelling => respelling.offset >= at && respelling.offset < end)
                .map(respelling => ({ ...respelling, offset: respelling.offset - at, end: respelling.end - at })))
        }));
    }
}

/** A plan around items parsed apart from theirs. */
const ITEMS_WRAPPER = { before: 'plan P "" {\n', after: '\n}\n' };

/**
 * The stretch of the plan's text, whole items of its body, that edits at these offsets change;
 * undefined when that is not clear (a plan with syntax errors, an edit outside the body), and
 * then the whole plan is parsed.
 */
function touchedItems(document: LangiumDocument, placed: ReadonlyArray<{ readonly start: number; readonly end: number }>): [number, number] | undefined {
    const plan = document.parseResult.value as Plan;
    const body = plan.$cstNode && bodyOf(plan.$cstNode);
    if (!body || document.parseResult.parserErrors.length > 0 || document.parseResult.lexerErrors.length > 0) {
        return undefined;
    }
    let from = Infinity;
    let to = -Infinity;
    for (const { start, end } of placed) {
        if (start < body.start || end > body.end) {
            return undefined;
        }
        // An edit in or at the edge of an item takes that whole item (a list grows at its end);
        // one between items, only itself.
        const items = plan.items.map(item => item.$cstNode!).filter(item => start <= item.end && end >= item.offset);
        from = Math.min(from, start, ...items.map(item => item.offset));
        to = Math.max(to, end, ...items.map(item => item.end));
    }
    return [from, to];
}

/** Where the items of a plan may stand: between its braces. */
function bodyOf(planNode: CstNode): { start: number; end: number } | undefined {
    const braces = isCompositeCstNode(planNode) ? planNode.content.filter(node => isLeafCstNode(node) && (node.text === '{' || node.text === '}')) : [];
    return braces.length === 2 ? { start: braces[0].end, end: braces[1].offset } : undefined;
}

/** The data of a diagnostic this server published; a client may send back others too. */
function planData(diagnostic: Diagnostic): PlanDiagnosticData | undefined {
    const data = diagnostic.data as Partial<PlanDiagnosticData> | undefined;
    const ours = diagnostic.source === undefined || diagnostic.source === DIAGNOSTIC_SOURCE;
    return ours && typeof data?.ruleId === 'string' && typeof data.message === 'string' && typeof data.args === 'object'
        ? data as PlanDiagnosticData
        : undefined;
}

/** What a fix inserts for the planner to write: a quoted placeholder text, or a zero amount of money. */
const PLACEHOLDER_TEXT = /"<[^<>"]*>"|(?<![\d.,])0(?= 억원)/;

/**
 * The edits that insert placeholders as snippets whose tab stops are the placeholders, in
 * order, so that the cursor lands in the first and Tab moves to the next: typing replaces
 * each. The editor indents every further line of a snippet by the indentation before it, so
 * a snippet starts at the beginning of its line, with the text that stood there before it.
 */
function snippetEdits(document: LangiumDocument, edits: readonly TextEdit[]): Array<TextEdit | SnippetTextEdit> {
    let tabStop = 0;
    // A comment is matched first, so that a placeholder it mentions is no tab stop.
    const pieces = new RegExp(`\\/\\/[^\\r\\n]*|${PLACEHOLDER_TEXT.source}`, 'g');
    return edits.map(edit => {
        if (!PLACEHOLDER_TEXT.test(edit.newText)) {
            return edit;
        }
        const lineStart = { line: edit.range.start.line, character: 0 };
        const before = document.textDocument.getText({ start: lineStart, end: edit.range.start });
        let value = escapeSnippet(before);
        let last = 0;
        for (const match of edit.newText.matchAll(pieces)) {
            const piece = match[0];
            value += escapeSnippet(edit.newText.slice(last, match.index)) + (piece.startsWith('//') ? escapeSnippet(piece) : tabStopFor(piece, ++tabStop));
            last = match.index + piece.length;
        }
        value += escapeSnippet(edit.newText.slice(last));
        return { range: { start: lineStart, end: edit.range.end }, snippet: { kind: 'snippet', value } };
    });
}

/** A tab stop around a placeholder: inside the quotes of a text, on the number of an amount. */
function tabStopFor(placeholder: string, index: number): string {
    return placeholder.startsWith('"') ? `"\${${index}:${escapeSnippet(placeholder.slice(1, -1))}}"` : `\${${index}:${placeholder}}`;
}

const escapeSnippet = (text: string): string => text.replace(/[\\$}]/g, character => `\\${character}`);
