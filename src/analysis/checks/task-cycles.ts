import type { Task } from '../../grammar/generated/ast.js';
import type { TaskFacts } from '../facts.js';

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
export const CYCLE_NAMES_SHOWN = 6;

export function describeCycle(cycle: readonly Task[]): string {
    const names = cycle.map(task => task.name);
    const shown = cycle.length > CYCLE_NAMES_SHOWN ? [...names.slice(0, CYCLE_NAMES_SHOWN - 1), '…', names.at(-1)!] : names;
    return [...shown, names[0]].join(' → ');
}
