import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';

const state = vi.hoisted(() => ({
    clientOptions: undefined as undefined | {
        synchronize?: { configurationSection?: string };
        initializationOptions?: unknown;
        markdown?: { isTrusted?: unknown };
    },
    notifications: [] as string[],
    customEditors: [] as string[],
    commands: new Map<string, () => Promise<void>>(),
    messages: [] as string[],
    restarted: 0
}));

// The VS Code API exists only inside the editor; the client is checked against a stand-in.
vi.mock('vscode', () => ({
    commands: { registerCommand: (id: string, run: () => Promise<void>) => { state.commands.set(id, run); return { dispose() {} }; } },
    workspace: { onDidChangeTextDocument: () => ({ dispose() {} }), onDidCloseTextDocument: () => ({ dispose() {} }), onDidChangeConfiguration: () => ({ dispose() {} }) },
    window: {
        showInformationMessage: (message: string) => { state.messages.push(message); },
        registerWebviewPanelSerializer: () => ({ dispose() {} }),
        registerCustomEditorProvider: (viewType: string) => { state.customEditors.push(viewType); return { dispose() {} }; },
        createStatusBarItem: () => ({ hide() {}, show() {}, dispose() {} }),
        onDidChangeActiveTextEditor: () => ({ dispose() {} })
    },
    StatusBarAlignment: { Left: 1 },
    l10n: { t: (message: string) => JSON.parse(readFileSync(new URL('../l10n/bundle.l10n.ko.json', import.meta.url), 'utf8'))[message] }
}));
vi.mock('vscode-languageclient/node', () => ({
    TransportKind: { ipc: 1 },
    LanguageClient: class {
        constructor(_id: string, _name: string, _server: unknown, options: typeof state.clientOptions) {
            state.clientOptions = options;
        }
        onNotification(method: string) { state.notifications.push(method); return { dispose() {} }; }
        async start() {}
        async stop() {}
        async restart() { state.restarted++; }
    }
}));

describe('the VS Code client', () => {
    test('passes the clusterPlan settings to the server and offers a localised restart command', async () => {
        const { activate } = await import('../src/extension/extension.js');
        await activate({ asAbsolutePath: (file: string) => `/ext/${file}`, subscriptions: [] } as never);
        expect(state.clientOptions?.synchronize?.configurationSection).toBe('clusterPlan');
        await state.commands.get('clusterPlan.restartServer')!();
        expect(state.restarted).toBe(1);
        expect(state.messages).toEqual(['Cluster Plan 언어 서버를 다시 시작했습니다.']);
    });

    test('asks the server for plan scores and for rule-page links it opens itself, and trusts hovers with that one command only', () => {
        expect(state.clientOptions?.initializationOptions).toEqual({
            planScores: true,
            rulePageLinks: { diagnostic: 'cluster-plan-rule:/{id}', markdown: 'command:clusterPlan.openRulePage?%5B%22{id}%22%5D' },
            scorecardLink: 'command:clusterPlan.showScorecard'
        });
        expect(state.clientOptions?.markdown?.isTrusted).toEqual({ enabledCommands: ['clusterPlan.openRulePage', 'clusterPlan.showScorecard'] });
        expect(state.notifications).toEqual(['clusterPlan/planScore']);
        const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
        expect(state.customEditors).toEqual(manifest.contributes.customEditors.map((editor: { viewType: string }) => editor.viewType));
        expect(manifest.contributes.customEditors[0].selector).toEqual([{ filenamePattern: 'cluster-plan-rule:/*' }]);
    });

    test('every text the manifest contributes is in both nls files, and every walkthrough picture exists', () => {
        const manifest = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
        const english = JSON.parse(readFileSync(new URL('../package.nls.json', import.meta.url), 'utf8'));
        const korean = JSON.parse(readFileSync(new URL('../package.nls.ko.json', import.meta.url), 'utf8'));
        const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map(match => match[1]);
        expect(keys).toContain('clusterPlan.walkthrough.assessment.description');
        expect(keys.filter(key => !(key in english) || !(key in korean))).toEqual([]);
        const steps = JSON.parse(manifest).contributes.walkthroughs[0].steps as Array<{ id: string; description: string; media: { image: string } }>;
        expect(steps.map(step => step.id)).toEqual(['assessment', 'vision', 'agency', 'tasks', 'document']);
        for (const step of steps) {
            expect(existsSync(new URL(`../${step.media.image}`, import.meta.url)), step.media.image).toBe(true);
            // Every step has a button: a command link on a line of its own, in both languages.
            for (const texts of [english, korean]) {
                expect(texts[step.description.slice(1, -1)]).toMatch(/\n\[[^\]]+\]\(command:clusterPlan\.[A-Za-z]+[^)]*\)/);
            }
        }
    });

    test('every command it registers is contributed with titles from the nls files', async () => {
        const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
        const contributed = manifest.contributes.commands as Array<{ command: string; title: string; category: string }>;
        expect(contributed.map(command => command.command).sort()).toEqual([...state.commands.keys()].sort());
        const english = JSON.parse(readFileSync(new URL('../package.nls.json', import.meta.url), 'utf8'));
        const korean = JSON.parse(readFileSync(new URL('../package.nls.ko.json', import.meta.url), 'utf8'));
        for (const command of contributed) {
            for (const key of [command.title, command.category]) {
                expect(key).toMatch(/^%.+%$/);
                expect(english).toHaveProperty([key.slice(1, -1)]);
                expect(korean).toHaveProperty([key.slice(1, -1)]);
            }
        }
    });

    test('every client message has a Korean translation', () => {
        const source = readFileSync(new URL('../src/extension/extension-messages.ts', import.meta.url), 'utf8');
        const bundle = JSON.parse(readFileSync(new URL('../l10n/bundle.l10n.ko.json', import.meta.url), 'utf8'));
        const messages = [...source.matchAll(/l10n\.t\('([^']+)'/g)].map(match => match[1]);
        expect(messages.length).toBeGreaterThan(0);
        for (const message of messages) {
            expect(bundle, message).toHaveProperty([message]);
        }
    });
});
