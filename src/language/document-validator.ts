import {
    DefaultDocumentValidator, interruptAndCheck, type AstNode, type AstReflection, type DiagnosticInfo, type LangiumDocument,
    type ValidationOptions
} from 'langium';
import { Cancellation } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import type { PlanAnalyzer } from './analyzer.js';
import type { ClusterPlanCoreServices } from './cluster-plan-module.js';
import type { Finding } from '../analysis/findings.js';
import { formatMessage } from '../analysis/messages.js';
import { ELEMENT_KIND_LABELS } from '../analysis/vocabulary.js';
import type { RuleDocLinks } from './rule-doc-links.js';
import type { PlanSettings } from './settings.js';

export const DIAGNOSTIC_SOURCE = 'cplan';

/**
 * Turns a document into its diagnostics: lexing and parsing errors (`syntax`), unresolved
 * names (`reference`) and the findings of the rule engine, each with its rule id as code,
 * a message in the chosen language and a position inside the file.
 */
export class PlanDocumentValidator extends DefaultDocumentValidator {
    private readonly analyzer: PlanAnalyzer;
    private readonly settings: PlanSettings;
    private readonly reflection: AstReflection;
    private readonly ruleDocLinks: RuleDocLinks;

    constructor(services: ClusterPlanCoreServices) {
        super(services);
        this.reflection = services.shared.AstReflection;
        this.analyzer = services.plan.Analyzer;
        this.settings = services.plan.Settings;
        this.ruleDocLinks = services.plan.RuleDocLinks;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, cancelToken = Cancellation.CancellationToken.None): Promise<Diagnostic[]> {
        const diagnostics: Diagnostic[] = [];
        if (!options.categories || options.categories.includes('built-in')) {
            this.addSyntaxErrors(document, diagnostics);
            this.addReferenceErrors(document, diagnostics);
        }
        await interruptAndCheck(cancelToken);
        if (!options.categories || options.categories.includes('fast')) {
            for (const finding of this.analyzer.analyse(document).findings) {
                diagnostics.push(this.findingToDiagnostic(finding));
            }
        }
        return diagnostics.map(diagnostic => {
            const href = this.ruleDocLinks.href(String(diagnostic.code));
            return { ...diagnostic, range: insideDocument(diagnostic.range, document), codeDescription: href ? { href } : undefined };
        });
    }

    protected override getSource(): string {
        return DIAGNOSTIC_SOURCE;
    }

    private findingToDiagnostic(finding: Finding): Diagnostic {
        const message = formatMessage(finding.ruleId, this.settings.locale, finding.args, finding.variant);
        const info = { node: finding.node, property: finding.property, index: finding.index, keyword: finding.keyword, code: finding.ruleId };
        return this.toDiagnostic(finding.severity, message, info as DiagnosticInfo<AstNode, string>);
    }

    private addSyntaxErrors(document: LangiumDocument, diagnostics: Diagnostic[]): void {
        const { lexerErrors, parserErrors } = document.parseResult;
        const text = document.textDocument.getText();
        for (const error of lexerErrors) {
            const character = String.fromCodePoint(text.codePointAt(error.offset) ?? 0x20);
            diagnostics.push(this.syntaxDiagnostic(
                formatMessage('syntax', this.settings.locale, { actual: describeCharacter(character) }, lexingVariant(text, error.offset)),
                rangeAt(document, error.offset, error.offset + character.length)));
        }
        for (const error of parserErrors) {
            const token = error.token;
            const atEnd = token.tokenType?.name === 'EOF' || !Number.isFinite(token.startOffset) || token.startOffset < 0;
            const range = atEnd ? lastCharacter(document) : rangeAt(document, token.startOffset, token.startOffset + token.image.length);
            diagnostics.push(this.syntaxDiagnostic(error.message, range));
        }
    }

    private syntaxDiagnostic(message: string, range: Range): Diagnostic {
        return { severity: 1, range, message, code: 'syntax', source: DIAGNOSTIC_SOURCE, data: { code: 'syntax' } };
    }

    private addReferenceErrors(document: LangiumDocument, diagnostics: Diagnostic[]): void {
        const locale = this.settings.locale;
        const elementsByName = this.analyzer.analyse(document).facts.elementsByName;
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) {
                continue;
            }
            const info = error.info;
            const kind = this.reflection.getReferenceType(info);
            // A name that exists with another kind is told apart from one that does not exist at all.
            const namesake = elementsByName.get(reference.$refText);
            const args = { kind: ELEMENT_KIND_LABELS[kind]?.[locale] ?? kind, name: reference.$refText };
            const message = namesake
                ? formatMessage('reference', locale, {
                    ...args,
                    actual: ELEMENT_KIND_LABELS[namesake.$type]?.[locale] ?? namesake.$type,
                    line: (namesake.$cstNode?.range.start.line ?? 0) + 1
                }, 'wrongKind')
                : formatMessage('reference', locale, args);
            diagnostics.push({
                severity: 1,
                range: reference.$refNode?.range ?? info.container.$cstNode?.range ?? lastCharacter(document),
                message,
                code: 'reference',
                source: DIAGNOSTIC_SOURCE,
                data: { code: 'reference' }
            });
        }
    }

}

/**
 * The lexer stops at a quote or at a comment start only when nothing closes it: the writer
 * forgot the closing quote or the end of the comment, which is what the message should say.
 */
function lexingVariant(text: string, offset: number): string {
    if (text.startsWith('/*', offset)) {
        return 'unclosedComment';
    }
    return text[offset] === '"' ? 'unclosedString' : 'character';
}

/** Control characters and lone surrogates are shown by code point, not as themselves. */
function describeCharacter(character: string): string {
    const code = character.codePointAt(0) ?? 0;
    return code < 0x20 || code === 0x7f || (code >= 0xd800 && code <= 0xdfff)
        ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
        : `'${character}'`;
}

function rangeAt(document: LangiumDocument, start: number, end: number): Range {
    return { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
}

/** The last non-blank character of the document, where an error "at the end of input" is shown. */
export function lastCharacter(document: LangiumDocument): Range {
    const text = document.textDocument.getText();
    let offset = text.length - 1;
    while (offset > 0 && /\s/.test(text[offset])) {
        offset--;
    }
    return offset < 0 ? rangeAt(document, 0, 0) : rangeAt(document, offset, offset + 1);
}

/** Clamps a range into the document: no diagnostic may point outside the file. */
function insideDocument(range: Range, document: LangiumDocument): Range {
    const textDocument = document.textDocument;
    const clamp = (position: Range['start']) => textDocument.positionAt(textDocument.offsetAt(position));
    const valid = (value: number) => Number.isFinite(value) && value >= 0;
    if (!valid(range.start.line) || !valid(range.start.character) || !valid(range.end.line) || !valid(range.end.character)) {
        return lastCharacter(document);
    }
    const start = clamp(range.start);
    const end = clamp(range.end);
    return textDocument.offsetAt(end) < textDocument.offsetAt(start) ? { start, end: start } : { start, end };
}
