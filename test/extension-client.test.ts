import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';

const state = vi.hoisted(() => ({
    clientOptions: undefined as undefined | { synchronize?: { configurationSection?: string } },
    commands: new Map<string, () => Promise<void>>(),
    messages: [] as string[],
    restarted: 0
}));

// The VS Code API exists only inside the editor; the client is checked against a stand-in.
vi.mock('vscode', () => ({
    commands: { registerCommand: (id: string, run: () => Promise<void>) => { state.commands.set(id, run); return { dispose() {} }; } },
    workspace: { onDidChangeTextDocument: () => ({ dispose() {} }), onDidCloseTextDocument: () => ({ dispose() {} }), onDidChangeConfiguration: () => ({ dispose() {} }) },
    window: { showInformationMessage: (message: string) => { state.messages.push(message); }, registerWebviewPanelSerializer: () => ({ dispose() {} }) },
    l10n: { t: (message: string) => JSON.parse(readFileSync(new URL('../l10n/bundle.l10n.ko.json', import.meta.url), 'utf8'))[message] }
}));
vi.mock('vscode-languageclient/node', () => ({
    TransportKind: { ipc: 1 },
    LanguageClient: class {
        constructor(_id: string, _name: string, _server: unknown, options: typeof state.clientOptions) {
            state.clientOptions = options;
        }
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
