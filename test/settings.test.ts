import { DocumentState, URI } from 'langium';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EmptyFileSystem } from 'langium';
import { parseRuleSettings } from '../src/analysis/rule-settings.js';
import { createClusterPlanServices } from '../src/lsp/cluster-plan-lsp-module.js';
import { chooseLocale } from '../src/analysis/locale.js';
import { followEditorSettings } from '../src/lsp/editor-settings.js';
import { runCplan } from './cli-helpers.js';
import { codesOf, example } from './helpers.js';

describe('rule settings', () => {
    test('keeps known rules with known values and names every other entry, with the rule or the values meant', () => {
        const parsed = parseRuleSettings({ 'agency-required': 'off', 'star-firms': 'error', 'no-such-rule': 'off', 'ip-protection': 'loud', 'star-firm': 'off' });
        expect(parsed.severities).toEqual({ 'agency-required': 'off', 'star-firms': 'error' });
        expect(parsed.ignored).toEqual(['no-such-rule: "off"', 'ip-protection: "loud" (error|warning|info|hint|off)', 'star-firm: "off" (star-firms?)']);
    });

    test('language auto follows the editor, ko and en override it', () => {
        expect(chooseLocale('auto', 'en')).toBe('en');
        expect(chooseLocale(undefined, 'ko')).toBe('ko');
        expect(chooseLocale('ko', 'en')).toBe('ko');
        expect(chooseLocale('en', 'ko')).toBe('en');
    });
});

describe('editor settings in the language server', () => {
    async function openPlan(text: string) {
        const { shared, ClusterPlan } = createClusterPlanServices(EmptyFileSystem);
        const warnings: string[] = [];
        followEditorSettings(shared, ClusterPlan, { editorLocale: () => 'ko', warn: message => warnings.push(message) });
        const uri = 'memory:///open.cplan';
        shared.workspace.TextDocuments.set(TextDocument.create(uri, 'cluster-plan', 1, text));
        const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(uri));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        return { shared, ClusterPlan, document, warnings };
    }

    test('a changed clusterPlan section revalidates open plans with the new severities and language', async () => {
        const { shared, ClusterPlan, document, warnings } = await openPlan(example('daegu-draft.cplan'));
        expect(codesOf(document.diagnostics ?? [])).toContain('agency-independent');

        shared.workspace.ConfigurationProvider.updateConfiguration({
            settings: { clusterPlan: { rules: { 'agency-independent': 'off', 'star-firms': 'hint', 'made-up': 'off' }, language: 'en' } }
        });
        // Rechecked: validated again, in English, without the rule that was turned off.
        await vi.waitFor(() => {
            expect(document.state).toBe(DocumentState.Validated);
            expect(codesOf(document.diagnostics ?? [])).toContain('star-firms');
            expect(codesOf(document.diagnostics ?? [])).not.toContain('agency-independent');
        });
        expect(ClusterPlan.plan.Settings.locale).toBe('en');
        const starFirms = document.diagnostics!.find(diagnostic => diagnostic.code === 'star-firms')!;
        expect(starFirms.severity).toBe(4);
        expect(starFirms.message).toMatch(/star/);
        expect(warnings).toEqual([expect.stringContaining('made-up: "off"')]);
    });
});

describe('cplan check with a rule configuration', () => {
    function workspace(files: Record<string, string>): string {
        const root = mkdtempSync(path.join(tmpdir(), 'cplan-config-'));
        for (const [name, text] of Object.entries(files)) {
            mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
            writeFileSync(path.join(root, name), text);
        }
        return root;
    }
    const codes = (stdout: string) => new Set(JSON.parse(stdout).files.flatMap((file: { diagnostics: Array<{ code: string }> }) => file.diagnostics.map(d => d.code)));

    test('the nearest cplan.config.json above a plan applies to it', () => {
        const root = workspace({
            'cplan.config.json': JSON.stringify({ rules: { 'agency-independent': 'off', 'task-cycle': 'warning' } }),
            'plans/daegu.cplan': example('daegu-draft.cplan'),
            'other/cplan.config.json': JSON.stringify({ rules: {} }),
            'other/daegu.cplan': example('daegu-draft.cplan')
        });
        const result = runCplan(['check', '--format', 'json', 'plans', 'other'], { cwd: root });
        const report = JSON.parse(result.stdout);
        const [configured, unconfigured] = report.files as Array<{ diagnostics: Array<{ code: string; severity: string }> }>;
        expect(configured.diagnostics.map(d => d.code)).not.toContain('agency-independent');
        expect(configured.diagnostics.filter(d => d.code === 'task-cycle').map(d => d.severity)).toEqual(['warning', 'warning']);
        expect(unconfigured.diagnostics.map(d => d.code)).toContain('agency-independent');
    });

    test('a config file saved with a byte-order mark (as Notepad saves UTF-8) is read past it', () => {
        const root = workspace({ 'cplan.config.json': `\uFEFF${JSON.stringify({ rules: { 'agency-independent': 'off' } })}`, 'daegu.cplan': example('daegu-draft.cplan') });
        const result = runCplan(['check', '--format', 'json', 'daegu.cplan'], { cwd: root });
        expect(result.stderr).toBe('');
        expect(codes(result.stdout)).not.toContain('agency-independent');
        expect(codes(result.stdout)).toContain('agency-budget');
    });

    test('--config names the file for every plan', () => {
        const root = workspace({ 'my.json': JSON.stringify({ rules: { 'agency-independent': 'off' } }), 'daegu.cplan': example('daegu-draft.cplan') });
        const result = runCplan(['check', '--format', 'json', '--config', 'my.json', 'daegu.cplan'], { cwd: root });
        expect(codes(result.stdout)).not.toContain('agency-independent');
        expect(codes(result.stdout)).toContain('agency-budget');
    });

    test.each([
        ['not JSON', '{ rules: ', /the config file is not valid JSON \(near line 1, column 3\): cplan.config.json/],
        ['an unknown rule', JSON.stringify({ rules: { 'agency-independant': 'off' } }), /unknown rule ids or values in the config file \(agency-independant: "off" \(agency-independent\?\)\): cplan.config.json/],
        ['a rule id near none', JSON.stringify({ rules: { 'no-such-rule': 'off' } }), /\(no-such-rule: "off"\): cplan.config.json/],
        ['a bad value', JSON.stringify({ rules: { 'agency-independent': 'silent' } }), /\(agency-independent: "silent" \(error\|warning\|info\|hint\|off\)\)/],
        ['a wrong shape', JSON.stringify({ rules: ['agency-independent'] }), /must look like/]
    ])('a config file with %s stops with exit 2 and one line', (_what, text, message) => {
        const root = workspace({ 'cplan.config.json': text, 'daegu.cplan': example('daegu-draft.cplan') });
        const result = runCplan(['check', '--lang', 'en', 'daegu.cplan'], { cwd: root });
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(result.stderr.trim().split('\n')).toHaveLength(1);
        expect(result.stderr).toMatch(message);
    });

    test('a missing --config file is one line in Korean by default', () => {
        const root = workspace({ 'daegu.cplan': example('daegu-draft.cplan') });
        const result = runCplan(['check', '--config', 'nope.json', 'daegu.cplan'], { cwd: root });
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/^cplan: 설정 파일을 읽을 수 없습니다 \(ENOENT\): nope\.json\n?$/);
    });
});
