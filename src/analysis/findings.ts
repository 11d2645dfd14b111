import type { AstNode } from 'langium';
import type { RuleId } from './catalogue.js';
import type { PlanFacts } from './facts.js';
import type { Severity } from './rule.js';

/** A list of language keywords in a message, shown with their meaning in the reader's language. */
export interface KeywordList {
    readonly keywords: readonly string[];
    /** The grammar rule the keywords are values of, where that changes their meaning (`ProblemKind`). */
    readonly rule?: string;
}

/** An element of the plan in a message: its kind in the reader's language, then its name. */
export interface ElementMention {
    readonly elementType: string;
    readonly name?: string;
}

/** A kind of element in a message (`과제` / `task`), without a name. */
export interface ElementKind {
    readonly elementKind: string;
}

/** What the parser expected, by token name (`ID`, `STRING`, `'plan'` …), in the reader's words. */
export interface ExpectedTokens {
    readonly tokens: readonly string[];
}

export type MessageArgument = string | number | KeywordList | ElementMention | ElementKind | ExpectedTokens;

export type MessageArgs = Readonly<Record<string, MessageArgument>>;

/** Where a finding points: an AST node, optionally narrowed to one of its properties or keywords. */
export interface NodeTarget {
    readonly node: AstNode;
    readonly property?: string;
    readonly index?: number;
    readonly keyword?: string;
}

/** A stretch of the text by offsets, for what has no node: parse and lexing errors. */
export interface TextSpan {
    readonly start: number;
    readonly end: number;
}

/** Another element a finding is about, with a note of its own (the networks left apart, the funds compared …). */
export interface RelatedElement<Message extends string = string> extends NodeTarget {
    readonly message: Message;
    readonly args?: MessageArgs;
}

/** What a check reports: the offending element and the arguments of one of its rule's messages. */
export interface Violation<Message extends string = string> extends NodeTarget {
    /** One of the rule's messages; `main` when left out. */
    readonly message?: Message;
    readonly args?: MessageArgs;
    /** Overrides the rule's default severity for this one finding. */
    readonly severity?: Severity;
    readonly related?: ReadonlyArray<RelatedElement<Message>>;
}

/** A violation attributed to its rule, as it is reported: with its severity and message. */
export interface Finding {
    readonly ruleId: RuleId;
    readonly severity: Severity;
    readonly target: NodeTarget | TextSpan;
    readonly message: string;
    readonly args: MessageArgs;
    readonly related: readonly RelatedElement[];
}

export const isNodeTarget = (target: NodeTarget | TextSpan): target is NodeTarget => 'node' in target;

export const keywords = (list: readonly string[], rule?: string): KeywordList => ({ keywords: list, rule });

/** Mentions a block by kind and name; a problem is named by its kind keyword. */
export const mention = (node: AstNode & { name?: string; kind?: string }): ElementMention =>
    ({ elementType: node.$type, name: node.name ?? (node.$type === 'Problem' ? node.kind : undefined) });

/** Plan-level findings point at the `plan` keyword, where the plan starts. */
export const atPlan = <Message extends string>(facts: PlanFacts, violation: Omit<Violation<Message>, 'node'> = {}): Violation<Message> =>
    ({ node: facts.plan, keyword: 'plan', ...violation });

/** A finding on an element's name, with the name as the `{name}` argument. */
export const atName = <Message extends string>(node: AstNode & { name?: string }, violation: Omit<Violation<Message>, 'node' | 'property'> = {}): Violation<Message> =>
    ({ node, property: 'name', ...violation, args: { name: node.name ?? '', ...violation.args } });

export const when = <Message extends string>(condition: boolean, violation: () => Violation<Message>): Array<Violation<Message>> =>
    condition ? [violation()] : [];

/** The keywords in `required` that `present` lacks, in the order of `required`. */
export const missingFrom = (required: readonly string[], present: Iterable<string>): string[] => {
    const have = new Set(present);
    return required.filter(keyword => !have.has(keyword));
};

/** The 1-based line a node starts on, as messages name it ("first on line 12"). */
export const lineNumberOf = (node: AstNode): number => (node.$cstNode?.range.start.line ?? 0) + 1;
