import type { AstNode } from 'langium';
import type { Severity } from './catalogue.js';
import type { PlanFacts } from './facts.js';

/** A list of language keywords in a message, shown with their meaning in the reader's language. */
export interface KeywordList {
    readonly keywords: readonly string[];
}

/** An element of the plan in a message: its kind in the reader's language, then its name. */
export interface ElementMention {
    readonly elementType: string;
    readonly name?: string;
}

export type MessageArgument = string | number | KeywordList | ElementMention;

/** Where a finding points: an AST node, optionally narrowed to one of its properties or keywords. */
export interface FindingTarget {
    readonly node: AstNode;
    readonly property?: string;
    readonly index?: number;
    readonly keyword?: string;
}

/** What a check reports: the offending element and the arguments of the rule's message. */
export interface Violation extends FindingTarget {
    readonly args?: Readonly<Record<string, MessageArgument>>;
    /** Picks one of the rule's message variants instead of its main message. */
    readonly variant?: string;
    /** Overrides the rule's default severity for this one finding. */
    readonly severity?: Severity;
}

/** A violation attributed to its rule, with the severity it is reported at. */
export interface Finding extends Violation {
    readonly ruleId: string;
    readonly severity: Severity;
}

/**
 * One rule's check: a pure function of the plan facts. `applies` says whether the rule has
 * anything to judge in this plan (the compliance table shows "not applicable" otherwise).
 */
export interface RuleCheck {
    readonly applies?: (facts: PlanFacts) => boolean;
    readonly check: (facts: PlanFacts) => readonly Violation[];
}

export type RuleChecks = Readonly<Record<string, RuleCheck>>;

export const keywords = (list: readonly string[]): KeywordList => ({ keywords: list });

/** Mentions a block by kind and name; a problem is named by its kind keyword. */
export const mention = (node: AstNode & { name?: string; kind?: string }): ElementMention =>
    ({ elementType: node.$type, name: node.name ?? (node.$type === 'Problem' ? node.kind : undefined) });

/** Plan-level findings point at the `plan` keyword, where the plan starts. */
export const atPlan = (facts: PlanFacts, violation: Omit<Violation, 'node'> = {}): Violation =>
    ({ node: facts.plan, keyword: 'plan', ...violation });

export const atName = (node: AstNode & { name?: string }, args: Record<string, MessageArgument> = {}): Violation =>
    ({ node, property: 'name', args: { name: node.name ?? '', ...args } });

export const when = (condition: boolean, violation: () => Violation): Violation[] => condition ? [violation()] : [];

/** The keywords in `required` that `present` lacks, in the order of `required`. */
export const missingFrom = (required: readonly string[], present: Iterable<string>): string[] => {
    const have = new Set(present);
    return required.filter(keyword => !have.has(keyword));
};
