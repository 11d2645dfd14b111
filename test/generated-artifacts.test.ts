import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { RULES } from '../src/analysis/catalogue.js';
import { renderRuleDoc, ruleDocFileName } from '../src/tools/rule-docs.js';
import { ruleNlsEntries, settingsContribution } from '../src/tools/settings-schema.js';
import { updateArtifacts } from '../src/tools/write-artifacts.js';

const read = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('package.json'));
const nls = { en: JSON.parse(read('package.nls.json')), ko: JSON.parse(read('package.nls.ko.json')) };

describe('files made from the catalogue', () => {
    test('package.json contributes exactly the settings schema of the catalogue', () => {
        expect(manifest.contributes.configuration).toEqual(settingsContribution());
        expect(Object.keys(manifest.contributes.configuration.properties['clusterPlan.rules'].properties))
            .toEqual(RULES.map(rule => rule.id));
    });

    test('the nls files hold every rule description, in English and in Korean', () => {
        expect(nls.en).toMatchObject(ruleNlsEntries('en'));
        expect(nls.ko).toMatchObject(ruleNlsEntries('ko'));
        expect(nls.ko['clusterPlan.rule.agency-independent']).toBe('전담기구는 기존 지자체 조직에서 독립한다. (기본: 오류)');
    });

    test('every %key% in package.json has a text in both nls files, and the two files have the same keys', () => {
        const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map(match => match[1]);
        expect(keys.length).toBeGreaterThan(RULES.length);
        for (const key of keys) {
            expect(nls.en, key).toHaveProperty([key]);
            expect(nls.ko, key).toHaveProperty([key]);
        }
        expect(Object.keys(nls.ko).sort()).toEqual(Object.keys(nls.en).sort());
    });

    test('docs/rules has one up-to-date page per rule and nothing else', () => {
        expect(readdirSync(new URL('../docs/rules', import.meta.url)).sort()).toEqual(RULES.map(rule => ruleDocFileName(rule.id)).sort());
        for (const rule of RULES) {
            expect(read(`docs/rules/${ruleDocFileName(rule.id)}`), rule.id).toBe(renderRuleDoc(rule));
        }
    });

    test('a rule page has the trigger, the principle, the passage with its gist and both examples', () => {
        const page = renderRuleDoc(RULES.find(rule => rule.id === 'agency-independent')!);
        expect(page).toContain('agency에 independent 표시가 없을 때');
        expect(page).toContain('전담기구는 기존 지자체 조직에서 독립한다.');
        expect(page).toContain('> 전담기구는 기존의 지자체조직에서 독립되어');
        expect(page).toContain('*The agency must be independent of the existing local-government organisation');
        expect(page).toMatch(/## 지적되는 예 \/ Fails\n\n```cplan\nplan Example "예시" \{\n    agency BioAgency "바이오진흥원" \{\n        budget 50 억원/);
        expect(page).toMatch(/## 통과하는 예 \/ Passes\n\n```cplan\nplan Example[^`]*independent/);
    });
});

describe('the check of the files made from the catalogue', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));

    /** A copy of what the generator reads and writes, to spoil. */
    function copyOfArtifacts(): string {
        const copy = mkdtempSync(path.join(tmpdir(), 'cplan-artifacts-test-'));
        for (const entry of ['package.json', 'package.nls.json', 'package.nls.ko.json', 'README.md', 'docs/rules', 'examples', 'test/golden', 'syntaxes']) {
            cpSync(path.join(root, entry), path.join(copy, entry), { recursive: true });
        }
        return copy;
    }

    test('finds nothing stale in the repository', async () => {
        expect((await updateArtifacts(root, 'check')).stale).toEqual([]);
    });

    test('names a stale page, a stale golden document, a page of no rule, a stale rule table and a stale TextMate grammar, and writes nothing', async () => {
        const copy = copyOfArtifacts();
        try {
            writeFileSync(path.join(copy, 'docs/rules/agency-budget.md'), '# agency-budget\n');
            writeFileSync(path.join(copy, 'docs/rules/retired-rule.md'), '# retired-rule\n');
            writeFileSync(path.join(copy, 'test/golden/busan-marine-bio.md'), 'old\n');
            writeFileSync(path.join(copy, 'syntaxes/cluster-plan.tmLanguage.json'), '{}\n');
            const readme = readFileSync(path.join(copy, 'README.md'), 'utf8');
            writeFileSync(path.join(copy, 'README.md'), readme.replace('| `agency-budget` |', '| `agency-budgets` |'));
            const { stale } = await updateArtifacts(copy, 'check');
            expect([...stale].sort()).toEqual(['README.md', 'docs/rules/agency-budget.md', 'docs/rules/retired-rule.md', 'syntaxes/cluster-plan.tmLanguage.json', 'test/golden/busan-marine-bio.md']);
            expect(readFileSync(path.join(copy, 'docs/rules/agency-budget.md'), 'utf8')).toBe('# agency-budget\n');
            await updateArtifacts(copy, 'write');
            expect((await updateArtifacts(copy, 'check')).stale).toEqual([]);
        } finally {
            rmSync(copy, { recursive: true, force: true });
        }
    });
});

describe('the extension package', () => {
    test('vsce packs the nls files, the client translations and every rule page', () => {
        const vsce = fileURLToPath(new URL('../node_modules/@vscode/vsce/vsce', import.meta.url));
        const result = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8' });
        expect(result.status, result.stderr).toBe(0);
        const files = new Set(result.stdout.split('\n').map(line => line.trim()));
        for (const file of ['package.nls.json', 'package.nls.ko.json', 'l10n/bundle.l10n.ko.json', ...RULES.map(rule => `docs/rules/${rule.id}.md`)]) {
            expect(files, file).toContain(file);
        }
    });
});
