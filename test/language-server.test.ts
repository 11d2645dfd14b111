import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCplan, SERVER } from './cli-helpers.js';
import { example } from './helpers.js';
import { LspClient } from './support/lsp-client.js';

/** An editor that asks for settings and declares nothing else, in `locale`. */
async function startServer(locale: string): Promise<LspClient> {
    const client = new LspClient({ server: SERVER });
    await client.initialize({ locale, capabilities: { workspace: { configuration: true } } });
    return client;
}

describe('the stdio language server', () => {
    let client: LspClient;

    beforeAll(async () => {
        client = await startServer('ko');
    });

    afterAll(async () => {
        await client.stop();
    });

    const open = async (name: string, text: string, version = 1) => {
        const uri = `file:///work/plans/${name}`;
        const since = client.notifications.length;
        await client.notify('textDocument/didOpen', {
            textDocument: { uri, languageId: 'cluster-plan', version, text }
        });
        return { uri, diagnostics: (await client.waitForDiagnostics(uri, { since })).diagnostics };
    };

    test('publishes the same diagnostics as the CLI for the same text', async () => {
        for (const name of ['daegu-draft.cplan', 'busan-marine-bio.cplan']) {
            const { diagnostics } = await open(name, example(name));
            const cli = JSON.parse(runCplan(['check', '--format', 'json', `examples/${name}`]).stdout);
            const fromCli = cli.files[0].diagnostics.map((d: { code: string; line: number; column: number; message: string }) =>
                `${d.line}:${d.column} ${d.code} ${d.message}`).sort();
            const fromServer = diagnostics.map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.code} ${d.message}`).sort();
            expect(fromServer).toEqual(fromCli);
        }
    });

    test('updates the diagnostics as the plan is edited', async () => {
        const text = example('daegu-draft.cplan');
        const { uri, diagnostics } = await open('edited.cplan', text);
        expect(diagnostics.map(d => d.code)).toContain('agency-independent');
        const fixed = text.replace('mandate "바이오 사업 관리"', 'independent\n        mandate "바이오 사업 관리"');
        const since = client.notifications.length;
        await client.notify('textDocument/didChange', {
            textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }]
        });
        expect((await client.waitForDiagnostics(uri, { since })).diagnostics.map(d => d.code)).not.toContain('agency-independent');
    });

    test('survives malformed text and keeps answering', async () => {
        const { diagnostics } = await open('broken.cplan', 'plan { \u0000 "unterminated \n }}} agency');
        expect(diagnostics.length).toBeGreaterThan(0);
        expect(diagnostics.every(d => d.code === 'syntax' || d.code === 'reference')).toBe(true);
        const { diagnostics: after } = await open('after.cplan', readFileSync(new URL('../examples/busan-marine-bio.cplan', import.meta.url), 'utf8'));
        expect(after).toEqual([]);
    });
});

describe('the language of messages', () => {
    test('follows the editor: English for an English editor, Korean otherwise', async () => {
        for (const [locale, expected] of [['en-US', /^No `assessment`/], ['de', /^현황 진단/]] as const) {
            const client = await startServer(locale);
            try {
                const uri = 'file:///work/plans/lang.cplan';
                await client.notify('textDocument/didOpen', {
                    textDocument: { uri, languageId: 'cluster-plan', version: 1, text: example('daegu-draft.cplan') }
                });
                const messages = (await client.waitForDiagnostics(uri)).diagnostics.filter(d => d.code === 'assessment-required').map(d => d.message);
                expect(messages[0]).toMatch(expected);
            } finally {
                await client.stop();
            }
        }
    });
});
