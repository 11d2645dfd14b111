import { AstUtils, CstUtils, type AstNode, type LangiumDocument, type Lexer } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ErrorCodes, ResponseError, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import { fillTemplate } from '../analysis/locale.js';
import { nameKey } from '../analysis/names.js';
import { ELEMENT_KIND_LABELS } from '../analysis/vocabulary.js';
import type { ClusterPlanServices } from './cluster-plan-lsp-module.js';
import { isElement } from '../grammar/generated/ast.js';
import type { PlanSettings } from '../language/settings.js';
import { isNameToken } from '../language/token-builder.js';
import { RENAME_TEXTS } from './editor-texts.js';

/**
 * Renames an element and every reference to it within its plan (names are local to the
 * file). A new name must be a valid name and must not be taken by another element of the
 * plan: either would break the plan, so the rename is refused with a message saying why.
 */
export class PlanRenameProvider extends DefaultRenameProvider {
    private readonly settings: PlanSettings;
    private readonly lexer: Lexer;

    constructor(services: ClusterPlanServices) {
        super(services);
        this.settings = services.plan.Settings;
        this.lexer = services.parser.Lexer;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const locale = this.settings.locale;
        const newName = params.newName;
        if (!this.isValidName(newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams, fillTemplate(RENAME_TEXTS.invalidName[locale], { name: newName }));
        }
        const target = this.targetAt(document, params);
        const holder = isElement(target) ? AstUtils.streamContents(document.parseResult.value)
            .filter(isElement)
            .find(element => nameKey(element.name) === nameKey(newName) && element !== target) : undefined;
        if (holder) {
            throw new ResponseError(ErrorCodes.InvalidParams, fillTemplate(RENAME_TEXTS.clash[locale], {
                name: newName, kind: ELEMENT_KIND_LABELS[holder.$type][locale]
            }));
        }
        return super.rename(document, params);
    }

    /** One name token: an identifier, or a keyword (a name may be spelled like one). */
    private isValidName(name: string): boolean {
        const { tokens, hidden, errors } = this.lexer.tokenize(name);
        return errors.length === 0 && hidden.length === 0 && tokens.length === 1 && tokens[0].image === name
            && isNameToken(tokens[0], this.lexer);
    }

    /** The element being renamed, whether the cursor is on its declaration or on a reference to it. */
    private targetAt(document: LangiumDocument, params: RenameParams): AstNode | undefined {
        const leaf = CstUtils.findDeclarationNodeAtOffset(
            document.parseResult.value.$cstNode, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        return leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    }
}
