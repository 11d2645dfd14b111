import type { AstNode } from 'langium';
import type { HorizonClause, PeriodClause, Task } from '../../grammar/generated/ast.js';
import type { PlanFacts, TaskFacts } from '../facts.js';
import { atName, mention, type RuleChecks, type Violation } from '../findings.js';

const endsBeforeStart = (span: HorizonClause | PeriodClause) => span.end < span.start;

const lineOf = (node: AstNode) => (node.$cstNode?.range.start.line ?? 0) + 1;

/** The word a clause starts with (`budget`, `kind`, …), as the writer typed it. */
const clauseKeyword = (node: AstNode) => node.$cstNode?.text.match(/^[^\s{"]+/)?.[0] ?? node.$type;

/**
 * Tasks on `after` cycles, grouped by strongly connected component (Tarjan's algorithm,
 * iterative so that long dependency chains cannot overflow the stack).
 */
export function taskCycles(tasks: readonly TaskFacts[]): Task[][] {
    const factsOf = new Map(tasks.map(task => [task.node, task]));
    const order = new Map<Task, number>();
    const lowLink = new Map<Task, number>();
    const onStack = new Set<Task>();
    const stack: Task[] = [];
    const cycles: Task[][] = [];
    let counter = 0;

    for (const root of tasks) {
        if (order.has(root.node)) {
            continue;
        }
        const work: Array<{ task: Task; next: number }> = [{ task: root.node, next: 0 }];
        order.set(root.node, counter);
        lowLink.set(root.node, counter++);
        stack.push(root.node);
        onStack.add(root.node);
        while (work.length > 0) {
            const frame = work[work.length - 1];
            const successors = factsOf.get(frame.task)?.predecessors ?? [];
            if (frame.next < successors.length) {
                const successor = successors[frame.next++];
                if (!order.has(successor)) {
                    order.set(successor, counter);
                    lowLink.set(successor, counter++);
                    stack.push(successor);
                    onStack.add(successor);
                    work.push({ task: successor, next: 0 });
                } else if (onStack.has(successor)) {
                    lowLink.set(frame.task, Math.min(lowLink.get(frame.task)!, order.get(successor)!));
                }
                continue;
            }
            work.pop();
            if (work.length > 0) {
                const parent = work[work.length - 1].task;
                lowLink.set(parent, Math.min(lowLink.get(parent)!, lowLink.get(frame.task)!));
            }
            if (lowLink.get(frame.task) === order.get(frame.task)) {
                const component: Task[] = [];
                let member: Task;
                do {
                    member = stack.pop()!;
                    onStack.delete(member);
                    component.push(member);
                } while (member !== frame.task);
                const selfLoop = component.length === 1 && (factsOf.get(member)?.predecessors.includes(member) ?? false);
                if (component.length > 1 || selfLoop) {
                    cycles.push(component.reverse());
                }
            }
        }
    }
    return cycles;
}

/** A cycle is named in full up to this many tasks; a longer one by its ends and its size. */
const CYCLE_NAMES_SHOWN = 6;

function describeCycle(cycle: readonly Task[]): string {
    const names = cycle.map(task => task.name);
    const shown = cycle.length > CYCLE_NAMES_SHOWN ? [...names.slice(0, CYCLE_NAMES_SHOWN - 1), '…', names.at(-1)!] : names;
    return [...shown, names[0]].join(' → ');
}

export const hygieneChecks: RuleChecks = {
    'task-owner': {
        applies: facts => facts.tasks.length > 0,
        check: facts => facts.tasks.filter(task => !task.owner).map(task => atName(task.node))
    },
    'period-order': {
        applies: facts => facts.horizon !== undefined || facts.tasks.some(task => task.period),
        check: facts => {
            const violations: Violation[] = [];
            if (facts.horizon && endsBeforeStart(facts.horizon)) {
                violations.push({ node: facts.horizon, args: { start: facts.horizon.start, end: facts.horizon.end }, variant: 'horizon' });
            }
            for (const task of facts.tasks) {
                if (task.period && endsBeforeStart(task.period)) {
                    violations.push({ node: task.period, args: { name: task.node.name, start: task.period.start, end: task.period.end } });
                }
            }
            return violations;
        }
    },
    'period-within-horizon': {
        applies: facts => facts.horizon !== undefined && !endsBeforeStart(facts.horizon) && facts.tasks.some(task => task.period),
        check: facts => {
            const horizon = facts.horizon;
            if (!horizon || endsBeforeStart(horizon)) {
                return [];
            }
            return facts.tasks
                .filter(task => task.period && (task.period.start < horizon.start || task.period.end > horizon.end))
                .map(task => ({
                    node: task.period!,
                    args: {
                        name: task.node.name, start: task.period!.start, end: task.period!.end,
                        horizonStart: horizon.start, horizonEnd: horizon.end
                    }
                }));
        }
    },
    'task-cycle': {
        applies: facts => facts.tasks.some(task => task.after),
        check: facts => {
            const afterOf = new Map(facts.tasks.map(task => [task.node, task.after]));
            return taskCycles(facts.tasks).flatMap(cycle => {
                const path = describeCycle(cycle);
                const long = cycle.length > CYCLE_NAMES_SHOWN;
                return cycle.map((task): Violation => ({
                    node: afterOf.get(task) ?? task,
                    args: { name: task.name, cycle: path, count: cycle.length },
                    variant: long ? 'long' : undefined
                }));
            });
        }
    },
    'duplicate-name': {
        check: (facts: PlanFacts) => facts.duplicateNames.map(element => {
            const first = facts.elementsByName.get(element.name)!;
            return atName(element, { element: mention(element), first: mention(first), line: lineOf(first) });
        })
    },
    'duplicate-clause': {
        check: facts => facts.repeatedClauses.map(({ repeat, first }) =>
            ({ node: repeat, args: { clause: clauseKeyword(first), line: lineOf(first), block: mention(repeat.$container!) } }))
    }
};
