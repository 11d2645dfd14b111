import { describe, expect, test } from 'vitest';
import { connectedNetworkGroups } from '../src/analysis/checks/network-groups.js';
import { taskCycles } from '../src/analysis/checks/task-cycles.js';
import { buildPlanFacts } from '../src/analysis/facts.js';
import { checkText } from './helpers.js';

const plan = (body: string) => `plan P "p" {\n${body}\n}\n`;

describe('plan facts', () => {
    test('index the first clause of each kind and collect the repeats', async () => {
        const { document } = await checkText(plan('agency A "a" { budget 1 억원 survey monthly budget 2 억원 }\nregion "x"\nregion "y"'));
        const facts = buildPlanFacts(document.parseResult.value);
        expect(facts.agencies[0].budget?.money.amount).toBe(1);
        expect(facts.region?.text).toBe('x');
        expect(facts.repeatedClauses.map(({ repeat }) => repeat.$type).sort()).toEqual(['BudgetClause', 'RegionClause']);
    });

    test('find every task of a long dependency chain without exhausting the stack', async () => {
        const count = 20_000;
        const tasks = Array.from({ length: count }, (_, i) => `task T${i} "t" { after T${(i + 1) % count} }`).join('\n');
        const { document } = await checkText(plan(tasks));
        const cycles = taskCycles(buildPlanFacts(document.parseResult.value).tasks);
        expect(cycles).toHaveLength(1);
        expect(cycles[0]).toHaveLength(count);
    });

    test('tie networks through bridges and shared members, not through hosts', async () => {
        const { document } = await checkText(plan(`
    firm A "a"
    firm B "b"
    network N1 "n" { members A host B }
    network N2 "n" { members A }
    network N3 "n" { members B host B }
    network N4 "n" { bridge N3 via A }`));
        const groups = connectedNetworkGroups(buildPlanFacts(document.parseResult.value).networks);
        expect(groups.map(group => group.map(network => network.node.name))).toEqual([['N1', 'N2'], ['N3', 'N4']]);
    });
});
