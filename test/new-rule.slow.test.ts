import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from './cli-helpers.js';

/**
 * Adding a rule the way CONTRIBUTING.md describes, in a copy of the package: scaffold it with
 * `npm run new-rule`, write its check and its test, build — and nothing else is edited by hand.
 */
describe('a rule added with new-rule', () => {
    let copy: string;
    const run = (command: string, args: string[]) => spawnSync(process.execPath, [command, ...args], { cwd: copy, encoding: 'utf8' });

    /** Every file of the copy (but its dependencies and build output) with its modification time. */
    const snapshot = () => {
        const files = new Map<string, number>();
        const walk = (folder: string) => {
            for (const entry of readdirSync(path.join(copy, folder), { withFileTypes: true })) {
                const relative = path.join(folder, entry.name);
                if (['node_modules', 'out', '.git'].includes(entry.name)) {
                    continue;
                }
                if (entry.isDirectory()) {
                    walk(relative);
                } else {
                    files.set(relative, statSync(path.join(copy, relative)).mtimeMs);
                }
            }
        };
        walk('.');
        return files;
    };

    beforeAll(() => {
        copy = mkdtempSync(path.join(tmpdir(), 'cplan-new-rule-'));
        for (const entry of readdirSync(ROOT)) {
            if (!['node_modules', 'out', '.git', 'test-results'].includes(entry)) {
                cpSync(path.join(ROOT, entry), path.join(copy, entry), { recursive: true });
            }
        }
        symlinkSync(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
    });
    afterAll(() => rmSync(copy, { recursive: true, force: true }));

    test('appears in cplan rules, the rule pages, the settings, the README and the document, with its test passing', () => {
        const scaffolded = run('scripts/new-rule.mjs', ['networks', 'network-size']);
        expect(scaffolded.status, scaffolded.stderr).toBe(0);
        const before = snapshot();

        // The developer's own work: the texts, the check and the test cases of the new rule.
        const module = path.join(copy, 'src/analysis/rules/networks/network-size.ts');
        writeFileSync(module, readFileSync(module, 'utf8')
            .replace("import { atPlan, when } from '../../findings.js';", "import { atName } from '../../findings.js';")
            .replace('보고서의 원칙을 한 문장으로 적습니다.', '네트워크는 소그룹으로 모인다.')
            .replace('언제 지적하는지 적습니다.', '구성원이 하나 이하인 network가 있을 때')
            .replace('When the rule fires, in plain words.', 'a `network` has one member or none')
            .replace('check: facts => when(facts.networks.length === 0, () => atPlan(facts)),',
                'check: facts => facts.networks.filter(network => network.memberActors.length <= 1).map(network => atName(network.node)),')
            .replace("failing: 'region \"부산광역시\"'", "failing: 'firm A \"가\"\\nnetwork N \"네트워크\" { members A }'")
            .replace("passing: 'network N \"네트워크\" { kind business }'", "passing: 'firm A \"가\"\\nfirm B \"나\"\\nfirm C \"다\"\\nnetwork N \"네트워크\" { members A, B, C }'"));
        const testFile = path.join(copy, 'src/analysis/rules/networks/network-size.test.ts');
        writeFileSync(testFile, readFileSync(testFile, 'utf8')
            .replace("plan: edit(BUSAN, ['region \"부산광역시\"', 'region \"부산광역시\"']), at: ['4:plan']",
                "plan: edit(BUSAN, ['members PNU, PKNU, BlueCell, DongNam', 'members PNU']), at: ['108:TalentCircle']"));

        const built = run('scripts/build.mjs', []);
        expect(built.status, built.stderr).toBe(0);

        const rules = JSON.parse(run('out/cli.cjs', ['rules', '--format', 'json']).stdout) as Array<{ id: string; category: string }>;
        expect(rules.at(-1 - rules.slice().reverse().findIndex(rule => rule.category === 'networks'))?.id).toBe('network-size');
        expect(readFileSync(path.join(copy, 'docs/rules/network-size.md'), 'utf8')).toContain('구성원이 하나 이하인 network가 있을 때');
        const manifest = JSON.parse(readFileSync(path.join(copy, 'package.json'), 'utf8'));
        expect(manifest.contributes.configuration.properties['clusterPlan.rules'].properties).toHaveProperty('network-size');
        expect(JSON.parse(readFileSync(path.join(copy, 'package.nls.ko.json'), 'utf8'))['clusterPlan.rule.network-size']).toContain('네트워크는 소그룹으로 모인다.');
        expect(readFileSync(path.join(copy, 'README.md'), 'utf8')).toContain('| `network-size` |');

        const plan = path.join(copy, 'small-network.cplan');
        writeFileSync(plan, readFileSync(path.join(copy, 'examples/busan-marine-bio.cplan'), 'utf8').replace('members PNU, PKNU, BlueCell, DongNam', 'members PNU'));
        const document = run('out/cli.cjs', ['generate', plan, '--format', 'md', '--out', path.join(copy, 'small-network.md')]);
        expect(document.status, document.stderr).toBe(0);
        expect(readFileSync(path.join(copy, 'small-network.md'), 'utf8')).toMatch(/`network-size`[^\n]*미충족/);

        const tested = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', 'src/analysis/rules/networks/network-size.test.ts'], { cwd: copy, encoding: 'utf8' });
        expect(tested.status, tested.stdout + tested.stderr).toBe(0);

        // Beyond the rule's two files, only files the build makes have changed.
        const after = snapshot();
        const changed = [...after].filter(([file, time]) => before.get(file) !== time).map(([file]) => file).sort();
        const generated = (file: string) => /^(docs\/rules\/|test\/golden\/|src\/grammar\/generated\/)/.test(file)
            || ['package.json', 'package.nls.json', 'package.nls.ko.json', 'README.md', 'small-network.cplan', 'small-network.md'].includes(file);
        expect(changed.filter(file => !generated(file))).toEqual([
            'src/analysis/rules/networks/network-size.test.ts',
            'src/analysis/rules/networks/network-size.ts'
        ]);
    }, 240_000);
});
