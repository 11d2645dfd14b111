import type { AstReflection, LangiumDocument } from 'langium';
import { closestMatch, closestMatches } from '../analysis/edit-distance.js';
import type { PlanFacts } from '../analysis/facts.js';
import { keywords as keywordList, lineNumberOf, type ExpectedTokens, type Finding, type TextSpan } from '../analysis/findings.js';
import { MONEY_UNITS, unitNearMiss } from '../analysis/money.js';
import { nameKey } from '../analysis/names.js';
import { keywordOf } from '../grammar/keyword-spellings.js';
import { decodeSyntaxMessage, type SyntaxMessage } from './parser-messages.js';

/**
 * What makes a plan unreadable, as findings of the structural rules: `syntax` for what the
 * lexer and the parser could not read, `reference` for names the linker could not resolve.
 */
export function structuralFindings(document: LangiumDocument, reflection: AstReflection, facts: PlanFacts): Finding[] {
    return [...syntaxFindings(document), ...referenceFindings(document, reflection, facts)];
}

export function hasSyntaxErrors(document: LangiumDocument): boolean {
    const { lexerErrors, parserErrors } = document.parseResult;
    return lexerErrors.length > 0 || parserErrors.length > 0;
}

/**
 * One finding per mistake: after an unclosed text or comment everything is misread, and
 * after any mistake the rest of its line is what error recovery made of it, so parse errors
 * there are not reported again.
 */
function syntaxFindings(document: LangiumDocument): Finding[] {
    const { lexerErrors, parserErrors } = document.parseResult;
    const text = document.textDocument.getText();
    const findings: Finding[] = [];
    let misreadFrom = Infinity;
    for (const error of lexerErrors) {
        const character = String.fromCodePoint(text.codePointAt(error.offset) ?? 0x20);
        const message = lexingMessage(text, error.offset);
        if (message !== 'character') {
            misreadFrom = Math.min(misreadFrom, error.offset);
        }
        findings.push(syntax({ start: error.offset, end: error.offset + character.length }, message, {
            actual: describeCharacter(character)
        }));
    }
    const lineOf = (offset: number) => document.textDocument.positionAt(offset).line;
    const linesWithMistakes = new Set(findings.map(finding => lineOf((finding.target as TextSpan).start)));
    for (const error of parserErrors) {
        const token = error.token;
        const atEnd = token.tokenType?.name === 'EOF' || !Number.isFinite(token.startOffset) || token.startOffset < 0;
        const span = atEnd ? lastCharacter(text) : { start: token.startOffset, end: token.startOffset + token.image.length };
        const decoded = decodeSyntaxMessage(error.message);
        // What follows a mistake the parser could not recover from is read as coming after the plan.
        const cascade = decoded?.message === 'trailing' && findings.length > 0;
        if (cascade || span.start > misreadFrom || linesWithMistakes.has(lineOf(span.start))) {
            continue;
        }
        linesWithMistakes.add(lineOf(span.start));
        findings.push(decoded ? parseFinding(text, span, decoded) : syntax(span, 'main', { detail: error.message }));
    }
    return findings;
}

/** A parse error worded by what was expected there: the unit meant, the keyword meant, or the clause's form. */
function parseFinding(text: string, span: TextSpan, decoded: SyntaxMessage): Finding {
    if (decoded.message !== 'mismatch') {
        return syntax(span, decoded.message, decoded.args);
    }
    const expected = (decoded.args.expected as ExpectedTokens).tokens;
    const nearMiss = expected.some(isMoneyUnit) ? unitNearMiss(text.slice(span.start)) : undefined;
    if (nearMiss) {
        const actual = text.slice(span.start, span.start + nearMiss.length);
        return syntax({ start: span.start, end: span.start + nearMiss.length }, 'unitNearMiss', { actual, unit: nearMiss.unit });
    }
    const word = text.slice(span.start, span.end);
    const keywords = (decoded.keywords ?? []).filter(keyword => WORD.test(keyword));
    if (WORD.test(word) && keywords.length > 0) {
        const suggestions = closestMatches(word, keywords, suggestionDistance(word));
        return suggestions.length > 0
            ? syntax(span, 'didYouMean', { actual: word, suggestions: keywordList(suggestions) })
            // The keywords that may stand there, each once: the message writes them in the plan's spelling.
            : syntax(span, 'unknownWord', { actual: word, expected: { tokens: [...new Set(keywords.map(keyword => keywordOf(keyword) ?? keyword))] } });
    }
    if (decoded.clause) {
        return syntax(span, 'afterKeyword', { ...decoded.args, keyword: decoded.clause.keyword, example: decoded.clause.example });
    }
    return syntax(span, decoded.message, decoded.args);
}

/** A word a keyword could have been meant as: letters first (not a number, a text or punctuation). */
const WORD = /^[\p{L}_][\p{L}\p{N}_]*$/u;

const isMoneyUnit = (token: string): boolean => MONEY_UNITS.has(token);

const syntax = (target: TextSpan, message: string, args: Finding['args']): Finding =>
    ({ ruleId: 'syntax', severity: 'error', target, message, args, related: [] });

/**
 * The lexer stops at a quote or at a comment start only when nothing closes it: the writer
 * forgot the closing quote or the end of the comment, which is what the message should say.
 */
function lexingMessage(text: string, offset: number): 'unclosedComment' | 'unclosedString' | 'character' {
    if (text.startsWith('/*', offset)) {
        return 'unclosedComment';
    }
    return text[offset] === '"' || text[offset] === '\u201C' ? 'unclosedString' : 'character';
}

/** Control characters and lone surrogates are shown by code point, not as themselves. */
function describeCharacter(character: string): string {
    const code = character.codePointAt(0) ?? 0;
    return code < 0x20 || code === 0x7f || (code >= 0xd800 && code <= 0xdfff)
        ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
        : `'${character}'`;
}

/** The last non-blank character of the text, where an error "at the end of input" is shown. */
export function lastCharacter(text: string): TextSpan {
    let offset = text.length - 1;
    while (offset > 0 && /\s/.test(text[offset])) {
        offset--;
    }
    return offset < 0 ? { start: 0, end: 0 } : { start: offset, end: offset + 1 };
}

/**
 * A name that exists with another kind is told apart from one that does not exist at all; a
 * missing name close to one of the right kind is offered as what was meant.
 */
function referenceFindings(document: LangiumDocument, reflection: AstReflection, facts: PlanFacts): Finding[] {
    const findings: Finding[] = [];
    for (const reference of document.references) {
        const info = reference.error?.info;
        if (!info) {
            continue;
        }
        const type = reflection.getReferenceType(info);
        const name = reference.$refText;
        const kind = { elementKind: type };
        const namesake = facts.elementsByName.get(nameKey(name));
        const target = { node: info.container, property: info.property, index: info.index };
        if (namesake) {
            findings.push(referenceFinding(target, 'wrongKind', { kind, name, actual: { elementKind: namesake.$type }, line: lineNumberOf(namesake) },
                [{ node: namesake, property: 'name', message: 'declaredHere', args: { name } }]));
            continue;
        }
        const suggestion = closestMatch(name, [...facts.elementsByName.values()]
            .filter(element => reflection.isSubtype(element.$type, type)).map(element => element.name), suggestionDistance(name));
        if (suggestion) {
            findings.push(referenceFinding(target, 'didYouMean', { kind, name, suggestion }));
        } else if (type === 'Actor') {
            findings.push(referenceFinding(target, 'missingActor', { name }));
        } else {
            // Every other kind a reference names is declared with its own keyword: `link`, `task` …
            findings.push(referenceFinding(target, 'main', { kind, name, keyword: keywordList([type.toLowerCase()]) }));
        }
    }
    return findings;
}

/** A name a typed one is taken for: one edit for short names, up to three for long ones. */
const suggestionDistance = (name: string) => Math.min(3, Math.max(1, Math.ceil(name.length / 3)));

const referenceFinding = (target: Finding['target'], message: string, args: Finding['args'], related: Finding['related'] = []): Finding =>
    ({ ruleId: 'reference', severity: 'error', target, message, args, related });
