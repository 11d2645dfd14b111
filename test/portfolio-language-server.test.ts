import { DocumentState, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import agencyRequired from '../src/analysis/rules/governance/agency-required.js';
import type { PlanFacts } from '../src/analysis/facts.js';
import { createClusterPlanServices } from '../src/lsp/cluster-plan-lsp-module.js';
import { PortfolioWorkspace } from '../src/lsp/portfolio-workspace.js';
import { SERVER } from './cli-helpers.js';
import { LspClient } from './support/lsp-client.js';
import { regionPlan } from './support/portfolio-cases.js';

/* The portfolio in the editor: findings across plans as diagnostics, kept up to date as any member is edited. */

const PORTFOLIO = JSON.stringify({ title: '충청권 바이오 계획 검토' });
const plan = (name: string, region: string, position: string) => regionPlan(name, region, `vision "${region} 비전" { position ${position} }`);
const PLANS = {
    'a.cplan': plan('A', '대전광역시', 'research, discovery'),
    'b.cplan': plan('B', '충청북도', 'research, clinical'),
    'c.cplan': plan('C', '세종특별자치시', 'discovery, clinical')
};
// A moves to research: research becomes crowded (three plans), which B must now be told.
const EDITED_A = plan('A', '대전광역시', 'research, clinical');

function writeWorkspace(): string {
    const folder = mkdtempSync(path.join(tmpdir(), 'cplan-portfolio-ws-'));
    writeFileSync(path.join(folder, 'cplan.portfolio.json'), PORTFOLIO);
    for (const [name, text] of Object.entries(PLANS)) {
        writeFileSync(path.join(folder, name), text);
    }
    // Not a member: it lies outside the portfolio's folder pattern.
    writeFileSync(path.join(folder, 'notes.txt'), 'not a plan');
    return folder;
}

const codes = (document: LangiumDocument) => (document.diagnostics ?? []).map(diagnostic => String(diagnostic.code)).sort();

describe('the portfolio in the language server, in process', () => {
    let folder: string;
    beforeAll(() => { folder = writeWorkspace(); });
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    test('an edit in one plan re-checks the portfolio of the others and republishes them, without running their own rules again', async () => {
        const { shared, ClusterPlan } = createClusterPlanServices(NodeFileSystem);
        const portfolio = ClusterPlan.plan.PortfolioFindings as PortfolioWorkspace;
        await portfolio.discover([URI.file(folder)]);
        const { LangiumDocuments, DocumentBuilder } = shared.workspace;
        const documents = await Promise.all(Object.keys(PLANS).map(name => LangiumDocuments.getOrCreateDocument(URI.file(path.join(folder, name)))));
        await DocumentBuilder.build(documents, { validation: true });
        const [a, b, c] = documents;
        // Clinical is in B and C only, research in A and B only: nothing is crowded yet.
        expect([a, b, c].flatMap(codes)).not.toContain('portfolio-overlap');

        const checked = vi.spyOn(agencyRequired as unknown as { check: (facts: PlanFacts) => unknown }, 'check');
        try {
            writeFileSync(path.join(folder, 'a.cplan'), EDITED_A);
            await DocumentBuilder.update([a.uri], []);
            await vi.waitFor(() => expect(codes(b)).toContain('portfolio-overlap'), { timeout: 5000 });
            expect(b.state).toBe(DocumentState.Validated);
            // Clinical is now in A, B and C: each is told; B's finding relates A and C, across files.
            for (const document of [a, b, c]) {
                expect(codes(document).filter(code => code === 'portfolio-overlap')).toHaveLength(1);
            }
            const related = b.diagnostics!.find(d => d.code === 'portfolio-overlap')!.relatedInformation!.map(info => path.basename(URI.parse(info.location.uri).fsPath));
            expect(related).toEqual(['a.cplan', 'c.cplan']);
            // Only the edited plan ran its own rules again.
            const plansChecked = checked.mock.calls.map(([facts]) => facts.plan.name);
            expect(plansChecked).toEqual(['A']);
        } finally {
            checked.mockRestore();
        }

        // The portfolio file changes on disk: a threshold of four lets three plans share clinical.
        writeFileSync(path.join(folder, 'cplan.portfolio.json'), JSON.stringify({ title: '충청권', thresholds: { 'portfolio-overlap': 4 } }));
        shared.lsp.DocumentUpdateHandler.didChangeWatchedFiles!({ changes: [{ uri: URI.file(path.join(folder, 'cplan.portfolio.json')).toString(), type: 2 }] });
        await vi.waitFor(() => expect([a, b, c].flatMap(codes)).not.toContain('portfolio-overlap'), { timeout: 5000 });
    });
});

describe('the portfolio in the built language server over stdio', () => {
    let folder: string;
    let client: LspClient;
    beforeAll(async () => {
        folder = writeWorkspace();
        client = new LspClient({ server: SERVER });
        await client.initialize({ rootUri: pathToFileURL(folder).href });
    });
    afterAll(async () => {
        await client.stop();
        rmSync(folder, { recursive: true, force: true });
    });

    const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;
    const lastDiagnostics = (uri: string) => (client.notifications.filter(n => n.method === 'textDocument/publishDiagnostics' && (n.params as PublishDiagnosticsParams).uri === uri).at(-1)?.params as PublishDiagnosticsParams | undefined)?.diagnostics ?? [];

    test('publishes the portfolio findings of the plans that are not open when an open one is edited', async () => {
        const a = uriOf('a.cplan');
        const b = uriOf('b.cplan');
        await client.notify('textDocument/didOpen', { textDocument: { uri: a, languageId: 'cluster-plan', version: 1, text: PLANS['a.cplan'] } });
        await client.waitForDiagnostics(b);
        expect(lastDiagnostics(b).map(d => d.code)).not.toContain('portfolio-overlap');

        const since = client.notifications.length;
        await client.notify('textDocument/didChange', { textDocument: { uri: a, version: 2 }, contentChanges: [{ text: EDITED_A }] });
        await client.waitFor(n => n.method === 'textDocument/publishDiagnostics'
            && (n.params as PublishDiagnosticsParams).uri === b
            && (n.params as PublishDiagnosticsParams).diagnostics.some(d => d.code === 'portfolio-overlap'), { since, timeoutMs: 20_000 });
        const finding = lastDiagnostics(b).find(d => d.code === 'portfolio-overlap')!;
        expect(finding.message).toContain('대전광역시');
        expect(finding.relatedInformation?.map(info => info.location.uri)).toEqual([a, uriOf('c.cplan')]);

        // Back as it was: the finding goes from B again.
        const before = client.notifications.length;
        await client.notify('textDocument/didChange', { textDocument: { uri: a, version: 3 }, contentChanges: [{ text: PLANS['a.cplan'] }] });
        await client.waitFor(n => n.method === 'textDocument/publishDiagnostics'
            && (n.params as PublishDiagnosticsParams).uri === b
            && !(n.params as PublishDiagnosticsParams).diagnostics.some(d => d.code === 'portfolio-overlap'), { since: before, timeoutMs: 20_000 });
    }, 60_000);
});
