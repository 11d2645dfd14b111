import { AstUtils, DocumentCache, GrammarAST, type AstNodeDescription, type LangiumDocument, type MaybePromise, type ReferenceInfo, type Stream } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionProviderOptions, type CompletionValueItem
} from 'langium/lsp';
import {
    CompletionItemKind, CompletionTriggerKind, InsertTextFormat, type CancellationToken, type CompletionList, type CompletionParams
} from 'vscode-languageserver';
import { keywordMeaning } from '../analysis/keyword-docs.js';
import { agendaOfGoal, RECOMMENDED_VALUES } from '../analysis/prescriptions.js';
import { fillTemplate, type Locale } from '../analysis/locale.js';
import { ELEMENT_KIND_LABELS, valueLabel } from '../analysis/vocabulary.js';
import type { ClusterPlanServices } from './cluster-plan-lsp-module.js';
import { isElement, isNetwork, isTask, type Element } from '../grammar/generated/ast.js';
import type { PlanSettings } from '../language/settings.js';
import { keywordOf, spellingsOf, spell, type KeywordSpelling } from '../grammar/keyword-spellings.js';
import { keywordSpellingOf } from '../language/keyword-spelling.js';
import { elementSnippet, planSnippet, type SnippetScope } from './completion-snippets.js';
import { COMPLETION_TEXTS, GOAL_AGENDAS } from './editor-texts.js';
import { ACTOR_TYPES, elementTypeOf, isValueKeyword, ruleOf, type ElementType } from './grammar-roles.js';

const ITEM_KINDS: Readonly<Record<ElementType, CompletionItemKind>> = {
    Agency: CompletionItemKind.Class, Government: CompletionItemKind.Class, Champion: CompletionItemKind.Class,
    Institution: CompletionItemKind.Class, Firm: CompletionItemKind.Class, Industry: CompletionItemKind.Class,
    Fund: CompletionItemKind.Struct, Network: CompletionItemKind.Module, Link: CompletionItemKind.Reference,
    Task: CompletionItemKind.Event
};

/**
 * Completion that knows the plan: only elements of the kind a reference takes, never one
 * the list already holds; values with what they mean; snippets for new elements and plans.
 * Names are never proposed where a new name is declared — the user invents those.
 *
 * Keywords are offered in the plan's spelling, or in that of the word begun (Hangul → Korean,
 * Latin → English), one item per keyword with the other spelling in its detail.
 */
export class PlanCompletionProvider extends DefaultCompletionProvider {
    private readonly settings: PlanSettings;
    /** Names in use and actors to refer to, gathered once per document version and locale. */
    private readonly snippetScopes: DocumentCache<string, SnippetScope>;

    // A space after a clause keyword offers its values at once (`leadership ` → private, joint, government).
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: [',', ' '] };

    constructor(services: ClusterPlanServices) {
        super(services);
        this.settings = services.plan.Settings;
        this.snippetScopes = new DocumentCache(services.shared);
    }

    /** Typing a space asks for values only: a space elsewhere (between words, in indentation) opens nothing. */
    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        const list = await super.getCompletion(document, params, cancelToken);
        if (params.context?.triggerKind !== CompletionTriggerKind.TriggerCharacter || params.context.triggerCharacter !== ' ' || !list) {
            return list;
        }
        const values = list.items.filter(item => item.kind !== CompletionItemKind.Keyword && item.kind !== CompletionItemKind.Snippet);
        return values.length > 0 ? { ...list, items: values } : undefined;
    }

    private get locale(): Locale {
        return this.settings.locale;
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) {
            return;
        }
        const spelling = this.spellingAt(context);
        const label = spell(keyword.value, spelling);
        if (isValueKeyword(keyword)) {
            this.completeValue(context, keyword, label, spelling, acceptor);
            return;
        }
        const startsPlan = keyword.value === 'plan' && ruleOf(keyword) === 'Plan';
        if (startsPlan) {
            // In an empty file the whole plan comes first, set apart from the bare keyword by its description.
            acceptor(context, {
                label,
                labelDetails: { detail: ' … { … }', description: COMPLETION_TEXTS.planSnippetDetail[this.locale] },
                kind: CompletionItemKind.Snippet,
                detail: COMPLETION_TEXTS.planSnippetDetail[this.locale],
                insertText: planSnippet(this.snippetScope(context.document, spelling)),
                insertTextFormat: InsertTextFormat.Snippet,
                preselect: true,
                sortText: '0'
            });
        }
        acceptor(context, { label, kind: CompletionItemKind.Keyword, detail: [this.meaningOf(keyword, spelling), otherSpellingOf(keyword.value, label)].filter(Boolean).join(' · '), sortText: '1' });
        const elementType = elementTypeOf(keyword);
        if (elementType) {
            acceptor(context, {
                label,
                kind: CompletionItemKind.Snippet,
                detail: fillTemplate(COMPLETION_TEXTS.snippetDetail[this.locale], { kind: ELEMENT_KIND_LABELS[elementType][this.locale] }),
                insertText: elementSnippet(elementType, this.snippetScope(context.document, spelling)),
                insertTextFormat: InsertTextFormat.Snippet,
                sortText: '2'
            });
        }
    }

    /** The spelling keywords are offered in here: that of the word begun, else the plan's. */
    private spellingAt(context: CompletionContext): KeywordSpelling {
        const begun = context.textDocument.getText().slice(context.tokenOffset, context.offset);
        if (/^[A-Za-z]/.test(begun)) {
            return 'en';
        }
        return /^[\u1100-\u11FF\u3131-\u318E\uAC00-\uD7A3]/.test(begun) ? 'ko' : keywordSpellingOf(context.document);
    }

    private completeValue(context: CompletionContext, keyword: GrammarAST.Keyword, label: string, spelling: KeywordSpelling, acceptor: CompletionAcceptor): void {
        if (this.listSoFar(context).has(keyword.value)) {
            return;
        }
        const rule = ruleOf(keyword);
        const agenda = rule === 'Goal' ? agendaOfGoal(keyword.value) : undefined;
        // The value the report recommends comes first and is preselected.
        const recommended = rule !== undefined && RECOMMENDED_VALUES[rule] === keyword.value;
        acceptor(context, {
            label,
            kind: CompletionItemKind.EnumMember,
            detail: [valueLabel(keyword.value, this.locale, { rule }) ?? this.meaningOf(keyword, spelling), otherSpellingOf(keyword.value, label)].filter(Boolean).join(' · '),
            documentation: agenda ? GOAL_AGENDAS[agenda][this.locale] : this.meaningOf(keyword, spelling),
            preselect: recommended || undefined,
            sortText: recommended ? '00' : '01'
        });
    }

    /** What a keyword means where the grammar writes it (the hover's words), naming keywords in `spelling`. */
    private meaningOf(keyword: GrammarAST.Keyword, spelling: KeywordSpelling): string | undefined {
        return keywordMeaning(keyword.value, [ruleOf(keyword) ?? ''], this.locale, spelling);
    }

    /** The scope already holds only elements of the right kind; drop those that would repeat or point at themselves. */
    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const listed = this.listSoFar(context);
        const itself = enclosingSelfTarget(refInfo);
        return super.getReferenceCandidates(refInfo, context)
            .filter(candidate => !listed.has(candidate.name) && (itself === undefined || candidate.node !== itself));
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription): CompletionValueItem {
        const type = description.type as ElementType;
        const title = isElement(description.node) ? description.node.title : '';
        return {
            nodeDescription: description,
            kind: ITEM_KINDS[type] ?? CompletionItemKind.Reference,
            detail: fillTemplate(COMPLETION_TEXTS.referenceDetail[this.locale], { kind: ELEMENT_KIND_LABELS[type]?.[this.locale] ?? type, title }),
            sortText: '0'
        };
    }

    /**
     * The items written so far in the list the cursor is in (`members A, B, |` → A, B), read
     * from the tokens because the list being typed is usually not yet a valid clause.
     */
    private listSoFar(context: CompletionContext): ReadonlySet<string> {
        const items = new Set<string>();
        const tokens = this.lexer.tokenize(context.textDocument.getText().slice(0, context.tokenOffset)).tokens;
        for (let index = tokens.length - 1; index >= 1 && tokens[index].image === ','; index -= 2) {
            // A value listed in either spelling is that value; a name stays as written.
            const image = tokens[index - 1].image;
            items.add(image).add(keywordOf(image) ?? image);
        }
        return items;
    }

    private snippetScope(document: LangiumDocument, spelling: KeywordSpelling): SnippetScope {
        return this.snippetScopes.get(document.uri, `${this.locale} ${spelling}`, () => this.collectSnippetScope(document, spelling));
    }

    private collectSnippetScope(document: LangiumDocument, spelling: KeywordSpelling): SnippetScope {
        const elements = AstUtils.streamAllContents(document.parseResult.value).filter(isElement).toArray();
        return {
            locale: this.locale,
            spelling,
            grammar: this.grammar,
            takenNames: new Set(elements.map(element => element.name)),
            actorNames: elements.filter(element => ACTOR_TYPES.has(element.$type)).map(element => element.name)
        };
    }
}

/** The keyword's spelling other than the one offered (`계획기간` for `horizon`), for an item's detail. */
function otherSpellingOf(keyword: string, offered: string): string | undefined {
    return spellingsOf(keyword).find(spelling => spelling !== offered);
}

/** A task cannot come after itself, nor a network bridge to itself. */
function enclosingSelfTarget(refInfo: ReferenceInfo): Element | undefined {
    if (refInfo.property === 'tasks') {
        return AstUtils.getContainerOfType(refInfo.container, isTask);
    }
    if (refInfo.property === 'network') {
        return AstUtils.getContainerOfType(refInfo.container, isNetwork);
    }
    return undefined;
}
