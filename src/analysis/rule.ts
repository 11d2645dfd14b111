import type { PlanFacts } from './facts.js';
import type { Violation } from './findings.js';
import type { Localized } from './locale.js';
import type { PortfolioFacts } from './portfolio-facts.js';

/**
 * What a rule module declares: its catalogue entry, its check and its examples. Every rule
 * lives in one module, `src/analysis/rules/<category>/<rule-id>.ts`; the catalogue, the rule
 * pages, the settings schema, `cplan rules` and the document's scorecard are made from them.
 */

export type Severity = 'error' | 'warning' | 'info' | 'hint';

export type CategoryId = 'roadmap' | 'governance' | 'innovation' | 'cluster-policy' | 'networks' | 'hygiene' | 'portfolio';

export interface SourcePassage {
    /** The report heading (□ section ▶ item) under which the passage stands. */
    readonly heading: string;
    /** The report's own words, in Korean. */
    readonly passage: string;
    /** An English gist of the passage. */
    readonly gist: string;
}

/** A plan body that breaks the rule and one that keeps it, shown on the rule's page and tested. */
export interface RuleExamples {
    /** Lines inside `plan Example "예시" { … }` that make the rule fire. */
    readonly failing: string;
    /** The same idea, written so that the rule stays silent. */
    readonly passing: string;
}

/** Member plans that break a portfolio rule and ones that keep it: plan bodies, one per region. */
export interface PortfolioExamples {
    readonly failing: readonly string[];
    readonly passing: readonly string[];
}

/** A number a portfolio rule compares with, which `cplan.portfolio.json` may change (`"thresholds": { "<rule id>": 4 }`). */
export interface PortfolioThreshold {
    readonly default: number;
    /** The smallest value that makes sense; a smaller one in the file is refused. */
    readonly min: number;
    readonly max?: number;
    /** What the number means, for the rule page. */
    readonly meaning: Localized;
}

/**
 * A portfolio rule's check: a pure function of the facts of every member plan compared. Each
 * violation points at an element of one member plan, the plan it is reported on; its related
 * elements may lie in other member plans.
 */
export interface PortfolioCheck<Message extends string = string> {
    readonly applies?: (portfolio: PortfolioFacts) => boolean;
    readonly check: (portfolio: PortfolioFacts, threshold: number) => ReadonlyArray<Violation<Message>>;
    readonly threshold?: PortfolioThreshold;
}

/** One rule's check: a pure function of the plan facts. */
export interface RuleCheck<Message extends string = string> {
    /**
     * Whether the rule has anything to judge in this plan; the scorecard shows "not
     * applicable" otherwise. Rules that always judge leave it out.
     */
    readonly applies?: (facts: PlanFacts) => boolean;
    readonly check: (facts: PlanFacts) => ReadonlyArray<Violation<Message>>;
}

interface RuleBasics<Id extends string, Message extends string> {
    readonly id: Id;
    readonly category: CategoryId;
    readonly severity: Severity;
    /** The principle in words, as shown in hover and the compliance table. */
    readonly principle: Localized;
    /** When the rule fires, in plain words. */
    readonly trigger: Localized;
    readonly source?: SourcePassage;
    /**
     * The texts of the rule's findings, `main` and any other the check picks; `{name}`
     * placeholders are filled from the finding's arguments.
     */
    readonly messages: Readonly<Record<'main' | Message, Localized>>;
}

/**
 * How a rule's findings come about:
 * - `principle`: its check runs on the plan facts; a plan may waive it with a reason.
 * - `structural`: what makes a plan unreadable (parse and name errors), reported even on a plan
 *   with syntax errors and never waived; some are found by a check, `syntax` by the parser and
 *   `reference` by the linker.
 * - `waiver`: the engine's verdict on the plan's own `waive` clauses; never waived.
 * - `portfolio`: its check compares the member plans of a portfolio (`cplan.portfolio.json`);
 *   it does not run on a plan checked alone. A member plan may waive it for itself.
 */
export type RuleDefinition<Id extends string = string, Message extends string = string> = RuleBasics<Id, Message> & (
    | ({ readonly kind: 'principle'; readonly examples: RuleExamples } & RuleCheck<'main' | Message>)
    | ({ readonly kind: 'structural'; readonly examples: RuleExamples } & Partial<RuleCheck<'main' | Message>>)
    | { readonly kind: 'waiver'; readonly examples: RuleExamples }
    | ({ readonly kind: 'portfolio'; readonly examples: PortfolioExamples } & PortfolioCheck<'main' | Message>)
);

/** Declares a rule; the literal id becomes part of the `RuleId` type. */
export function defineRule<const Id extends string, Message extends string = never>(rule: RuleDefinition<Id, Message>): RuleDefinition<Id, Message> {
    return rule;
}

/** A whole plan around an example body, as the rule pages show it and the tests check it. */
export function examplePlan(body: string, name = 'Example', title = '예시'): string {
    const indented = body.split('\n').map(line => `    ${line}`.trimEnd()).join('\n');
    return `plan ${name} "${title}" {\n${indented}\n}\n`;
}

/** The member plans of a portfolio example, named `RegionA`, `RegionB` …, as the rule pages show them. */
export function examplePortfolio(bodies: readonly string[]): string[] {
    return bodies.map((body, index) => examplePlan(body, `Region${String.fromCharCode(65 + index)}`, `예시 ${String.fromCharCode(65 + index)}`));
}
