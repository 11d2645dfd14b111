import type { AstNode } from 'langium';
import type { PlanFacts } from './facts.js';
import { toEok } from './money.js';

/**
 * What the portfolio rules compare: for each member plan of a portfolio, its facts, the name
 * readers know it by, its own compliance score and the money it plans. Built once per change
 * of any member from the members' cached analyses; no portfolio rule reads a document itself.
 */

export interface PortfolioMember {
    /** The name readers know the plan by: its region, else its title; unique in the portfolio. */
    readonly label: string;
    readonly facts: PlanFacts;
    /** Whole percent of the plan's own applicable principles it meets (its scorecard); undefined when none applied. */
    readonly compliance?: number;
    /** The money the plan puts in, in 억원: its tasks' budgets and its funds' amounts. */
    readonly investment: number;
}

export interface PortfolioFacts {
    /** The plans compared, in the order of their files; plans with syntax errors are left out. */
    readonly members: readonly PortfolioMember[];
}

/** The money a plan puts in, in 억원: every task `budget` and every fund `amount` (agency budgets run the agency and are left out). */
export function plannedInvestment(facts: PlanFacts): number {
    let eok = 0;
    for (const task of facts.tasks) {
        eok += task.budget?.money ? toEok(task.budget.money) : 0;
    }
    for (const fund of facts.funds) {
        eok += fund.amount?.money ? toEok(fund.amount.money) : 0;
    }
    return eok;
}

/** A title as the portfolio rules compare titles: without white space anywhere, in lower case. */
export function comparableTitle(title: string): string {
    return title.replace(/\s+/gu, '').toLowerCase();
}

/** Groups items by a key, keeping the order in which each key first appears. */
export function groupBy<T>(items: Iterable<T>, key: (item: T) => string | undefined): Map<string, T[]> {
    const groups = new Map<string, T[]>();
    for (const item of items) {
        const k = key(item);
        if (k !== undefined) {
            const group = groups.get(k);
            if (group) {
                group.push(item);
            } else {
                groups.set(k, [item]);
            }
        }
    }
    return groups;
}

/** How many other plans a finding names and relates at most; a national portfolio may hold hundreds. */
export const OTHERS_SHOWN = 8;

/** Labels joined for a message: `대구광역시, 인천광역시`, the first OTHERS_SHOWN of them and how many more. */
export function labelsOf(members: readonly PortfolioMember[]): string {
    const shown = members.slice(0, OTHERS_SHOWN).map(member => member.label).join(', ');
    return members.length > OTHERS_SHOWN ? `${shown} … (+${members.length - OTHERS_SHOWN})` : shown;
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The node a member's finding is anchored on, with the member it belongs to. */
export interface MemberNode<N extends AstNode = AstNode> {
    readonly member: PortfolioMember;
    readonly node: N;
}
