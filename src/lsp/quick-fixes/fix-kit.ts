import type { AstNode, LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { RuleId } from '../../analysis/catalogue.js';
import type { AgencyFacts, FundFacts, PlanFacts } from '../../analysis/facts.js';
import { tasksOfTerm } from '../../analysis/checks/agenda.js';
import { missingFrom, type KeywordList, type MessageArgument } from '../../analysis/findings.js';
import { AGENDA_GOALS, type Term } from '../../analysis/prescriptions.js';
import type { Locale, Localized } from '../../analysis/locale.js';
import { fillInSpelling } from '../../analysis/messages.js';
import { PLACEHOLDERS } from '../../analysis/placeholders.js';
import type { KeywordSpelling } from '../../grammar/keyword-spellings.js';
import type { Plan } from '../../grammar/generated/ast.js';
import type { PlanDiagnosticData } from '../../language/document-validator.js';
import { ACTOR_TYPES } from '../grammar-roles.js';
import type { PlanEdits } from '../plan-edits.js';

/**
 * What every quick fix works with. The fixes of each category of rules are in the file of
 * that category beside this one, as a table keyed by rule id: what to insert or change so
 * that the rule is satisfied, with placeholders (`"<…>"`, `0 억원`) for what only the planner
 * knows. Rules read a placeholder as absent (a blank text, a zero budget), so it stays flagged
 * until the planner fills it in. A fix reads what the check found from the diagnostic's data
 * and element.
 */

export interface FixContext {
    readonly document: LangiumDocument;
    readonly plan: Plan;
    readonly facts: PlanFacts;
    /** The data of the diagnostic being fixed: its finding's message and arguments. */
    readonly data: PlanDiagnosticData;
    /** The element the finding points at, found again by its path. */
    readonly node?: AstNode;
    /** Where the diagnostic is: what a fix of a text span (a syntax error) replaces. */
    readonly range: Range;
    readonly locale: Locale;
    /** How the plan spells its keywords: titles quote them so (the inserted text is respelled as a whole). */
    readonly spelling: KeywordSpelling;
}

export interface FixProposal {
    readonly title: string;
    readonly apply: (edits: PlanEdits) => void;
}

export type FixMaker = (context: FixContext) => FixProposal[];

/** The quick fixes of the rules that have any, by rule id. */
export type QuickFixTable = { readonly [Id in RuleId]?: FixMaker };

/** Placeholder texts the planner replaces; quoted so that the plan stays valid. */
export const PLACEHOLDER = PLACEHOLDERS;

/** The plan-level clauses, in the order plans list them: new clauses go after the last of them. */
export const PLAN_CLAUSES = ['RegionClause', 'HorizonClause', 'LeadershipClause', 'LanguageClause', 'ServicesClause', 'EnvironmentClause', 'IncentivesClause', 'IpClause'];

/**
 * A fix title in the reader's language, its `{placeholders}` filled. Plan text in a title is
 * marked with backticks, as in messages, so that its keywords are written in the plan's
 * spelling; the marks are dropped, since the editor shows titles as plain text.
 */
export const text = (context: Pick<FixContext, 'locale' | 'spelling'>, localized: Localized, args: Readonly<Record<string, MessageArgument>> = {}): string =>
    fillInSpelling(localized[context.locale], args, context.locale, context.spelling).replaceAll('`', '');

export const quoted = (context: FixContext, placeholder: Localized): string => `"${placeholder[context.locale]}"`;

/** A block of clauses, one a line, indented one step. */
export const block = (head: string, clauses: readonly string[]): string =>
    [`${head} {`, ...clauses.map(clause => `    ${clause}`), '}'].join('\n');

export const overseasLink = (context: FixContext, name: string): string =>
    block(`link ${name} ${quoted(context, PLACEHOLDER.link)}`, ['scope overseas', `channel ${quoted(context, PLACEHOLDER.channel)}`]);

export const one = (title: string, apply: (edits: PlanEdits) => void): FixProposal[] => [{ title, apply }];

export function agencyAt(context: FixContext): AgencyFacts | undefined {
    return context.facts.agencies.find(agency => agency.node === context.node);
}

/** The fund a finding is on: on the fund itself or on one of its clauses. */
export function fundAt(context: FixContext): FundFacts | undefined {
    return context.facts.funds.find(fund => fund.node === context.node || context.node?.$container === fund.node);
}

/** A number the check put in the finding's arguments (`{needed}` …). */
export function numberArgument(context: FixContext, name: string): number | undefined {
    const value = context.data.args[name];
    return typeof value === 'number' ? value : undefined;
}

/** The keywords a finding names as missing (`{missing}`), in the check's order. */
export function missingKeywords(context: FixContext): readonly string[] {
    const missing = context.data.args.missing;
    return typeof missing === 'object' && 'keywords' in missing ? (missing as KeywordList).keywords : [];
}

/** Years a new short-term task runs, from the start of the horizon. */
const SHORT_TASK_YEARS = 5;

/**
 * The clauses of a complete new task of a term, so that adding it brings no new finding of
 * its own: its owner (the one given, else the plan's agency, else its first actor), a period
 * within the horizon (the whole horizon for a long-term task), and its goals (those given, else
 * the goals of the term's agenda that no task of the term covers yet).
 */
export function newTaskClauses(context: FixContext, term: Term, given: { owner?: string; goals?: readonly string[] } = {}): string[] {
    const owner = given.owner ?? (context.facts.agencies[0]?.node ?? [...context.facts.elementsByName.values()].find(element => ACTOR_TYPES.has(element.$type)))?.name;
    const horizon = context.facts.horizon;
    const period = horizon && horizon.start <= horizon.end
        ? `period ${horizon.start} to ${term === 'short' ? Math.min(horizon.end, horizon.start + SHORT_TASK_YEARS - 1) : horizon.end}`
        : undefined;
    const uncovered = missingFrom(AGENDA_GOALS[term], tasksOfTerm(context.facts.tasks, term).flatMap(task => task.goals?.goals ?? []));
    const goals = given.goals ?? (uncovered.length > 0 ? uncovered : AGENDA_GOALS[term].slice(0, 1));
    return [`term ${term}`, ...owner ? [`owner ${owner}`] : [], ...period ? [period] : [], `goals ${goals.join(', ')}`];
}
