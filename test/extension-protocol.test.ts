import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CodeAction, CodeLens, Diagnostic, Hover, ShowDocumentParams } from 'vscode-languageserver-protocol';
import { PLAN_SCORE_NOTIFICATION, type ExtensionInitOptions, type PlanScoreParams } from '../src/language/extension-protocol.js';
import { planSkeleton } from '../src/new-plan/skeleton.js';
import { SERVER } from './cli-helpers.js';
import { example } from './helpers.js';
import { LspClient } from './support/lsp-client.js';

/* What the VS Code extension asks of the built server beyond LSP, and "fill in the blank". */

const EXTENSION_OPTIONS: ExtensionInitOptions = {
    planScores: true,
    rulePageLinks: { diagnostic: 'cluster-plan-rule:/{id}', markdown: 'command:clusterPlan.openRulePage?%5B%22{id}%22%5D' },
    scorecardLink: 'command:clusterPlan.showScorecard'
};

async function start(initializationOptions?: ExtensionInitOptions, showDocument = true): Promise<LspClient> {
    const client = new LspClient({ server: SERVER });
    await client.initialize({
        locale: 'ko', initializationOptions,
        capabilities: { workspace: { configuration: true }, window: { showDocument: { support: showDocument } }, textDocument: { publishDiagnostics: {}, hover: {} } }
    });
    return client;
}

async function open(client: LspClient, name: string, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
    const uri = `file:///work/plans/${name}`;
    const since = client.notifications.length;
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cluster-plan', version: 1, text } });
    return { uri, diagnostics: (await client.waitForDiagnostics(uri, { since })).diagnostics };
}

/**
 * The score of one version of a plan. A version can be checked twice (again when the editor's
 * settings arrive after the plan opened), so its score may come twice.
 */
const scoreOf = async (client: LspClient, uri: string, since: number, version = 1) =>
    (await client.waitFor(n => n.method === PLAN_SCORE_NOTIFICATION && (n.params as PlanScoreParams).uri === uri
        && (n.params as PlanScoreParams).version === version, { since })).params as PlanScoreParams;

describe('the server for the VS Code extension', () => {
    let client: LspClient;

    beforeAll(async () => {
        client = await start(EXTENSION_OPTIONS);
    });
    afterAll(async () => {
        await client.stop();
    });

    test('sends a plan\'s score with its diagnostics: the code lens\'s numbers, and the error count', async () => {
        const since = client.notifications.length;
        const { uri, diagnostics } = await open(client, 'draft.cplan', example('daegu-draft.cplan'));
        const score = await scoreOf(client, uri, since);
        const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
        const total = /(\d+)\/(\d+)/.exec(lenses[0].command!.title)!;
        expect(score).toEqual({
            uri, version: 1,
            score: { met: Number(total[1]), assessed: Number(total[2]) },
            errors: diagnostics.filter(diagnostic => diagnostic.severity === 1).length,
            warnings: diagnostics.filter(diagnostic => diagnostic.severity === 2).length
        });
        expect(score.errors).toBeGreaterThan(0);

        // An edit that fixes one principle raises the score by one.
        const fixed = example('daegu-draft.cplan').replace('mandate "바이오 사업 관리"', 'independent\n        mandate "바이오 사업 관리"');
        const next = client.notifications.length;
        await client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: fixed }] });
        const after = await scoreOf(client, uri, next, 2);
        expect(after).toMatchObject({ version: 2, score: { met: score.score!.met + 1, assessed: score.score!.assessed }, errors: score.errors - 1 });
    });

    test('a plan with a syntax error has no score, only its errors', async () => {
        const since = client.notifications.length;
        const { uri } = await open(client, 'broken.cplan', 'plan P "계획" { horizon 2026 }');
        const score = await scoreOf(client, uri, since);
        expect(score.score).toBeUndefined();
        expect(score.errors).toBe(1);
    });

    test('links rule pages as the extension asked: its scheme in diagnostics, its command in hovers', async () => {
        const { uri, diagnostics } = await open(client, 'links.cplan', example('daegu-draft.cplan'));
        const independent = diagnostics.find(diagnostic => diagnostic.code === 'agency-independent')!;
        expect(independent.codeDescription?.href).toBe('cluster-plan-rule:/agency-independent');
        const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: independent.range.start });
        expect(JSON.stringify(hover.contents)).toContain('(command:clusterPlan.openRulePage?%5B%22agency-independent%22%5D)');
    });

    test('the checklist of what a plan lacks ends with a link to its scorecard', async () => {
        const text = 'plan P "계획" {\n    region "부산광역시"\n}\n';
        const { uri } = await open(client, 'lacking.cplan', text);
        const hover = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
        const value = (hover.contents as { value: string }).value;
        expect(value).toContain('이 계획에 빠진 것');
        expect(value.trimEnd()).toMatch(/\n\[원칙 점검표 보기\]\(command:clusterPlan\.showScorecard\)$/);
    });

    test('"fill in the blank" on a placeholder selects it in the editor', async () => {
        const skeleton = planSkeleton({ region: '부산광역시' }, { locale: 'ko' });
        const { uri, diagnostics } = await open(client, 'new.cplan', skeleton);
        const ip = diagnostics.find(diagnostic => diagnostic.code === 'ip-protection')!;
        const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: ip.range, context: { diagnostics: [ip] } });
        expect(actions.map(action => action.title)).toEqual(['빈 칸 채우기: <지식재산 보호장치>', '이 계획에서 "ip-protection" 규칙 예외 처리 (사유 적기)']);
        const shown = new Promise<ShowDocumentParams>(resolve => client.handle('window/showDocument', params => {
            resolve(params as ShowDocumentParams);
            return { success: true };
        }));
        const command = actions[0].command!;
        await client.request('workspace/executeCommand', { command: command.command, arguments: command.arguments });
        const selection = (await shown).selection!;
        const line = skeleton.split('\n')[selection.start.line];
        expect(line.slice(selection.start.character, selection.end.character)).toBe('<지식재산 보호장치>');
        expect(await shown).toMatchObject({ uri, takeFocus: true });
    });
});

describe('the server for another editor', () => {
    test('an editor that cannot be asked to select a text gets no "fill in the blank", and no fix that would add the clause again', async () => {
        const client = await start(undefined, false);
        try {
            const { uri, diagnostics } = await open(client, 'new.cplan', planSkeleton({}, { locale: 'ko' }));
            const ip = diagnostics.find(diagnostic => diagnostic.code === 'ip-protection')!;
            const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: ip.range, context: { diagnostics: [ip] } });
            expect(actions.map(action => action.title)).toEqual(['이 계획에서 "ip-protection" 규칙 예외 처리 (사유 적기)']);
        } finally {
            await client.stop();
        }
    });

    test('sends no scores and links the package\'s rule pages', async () => {
        const client = await start();
        try {
            const { diagnostics } = await open(client, 'plain.cplan', example('daegu-draft.cplan'));
            expect(diagnostics.find(diagnostic => diagnostic.code === 'agency-independent')!.codeDescription?.href).toMatch(/^file:\/\/.*\/docs\/rules\/agency-independent\.md$/);
            expect(client.notifications.some(notification => notification.method === PLAN_SCORE_NOTIFICATION)).toBe(false);
        } finally {
            await client.stop();
        }
    });
});
