import { describe, expect, test, vi } from 'vitest';
import { example } from './helpers.js';

const settings = vi.hoisted(() => ({ rules: {} as Record<string, string> }));

// The VS Code API exists only inside the editor; the rule settings are read from a stand-in.
vi.mock('vscode', () => ({
    workspace: { getConfiguration: (section: string) => ({ get: (key: string) => section === 'clusterPlan' && key === 'rules' ? settings.rules : undefined }) }
}));

describe('the document the extension renders (preview and export)', () => {
    test('scores the rules with the editor\'s rule settings, as the diagnostics do', async () => {
        const { renderPlanText } = await import('../src/document/render-plan-text.js');
        const { editorRuleSeverities } = await import('../src/extension/editor-rule-settings.js');
        const plan = example('busan-marine-bio.cplan').replaceAll('tier global', 'tier national');
        const row = async () => {
            const rendering = await renderPlanText(plan, 'md', { severities: editorRuleSeverities() });
            return String('content' in rendering ? rendering.content : '').split('\n').find(line => line.includes('`world-class-research`'));
        };
        expect(await row()).toContain('미충족');
        settings.rules = { 'world-class-research': 'off' };
        expect(await row()).toContain('점검 끔');
    });
});
