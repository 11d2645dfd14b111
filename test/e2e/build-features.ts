import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter,
    type Diagnostic, type InitializeResult, type PublishDiagnosticsParams
} from 'vscode-languageserver/node';

/** Which editor features the packaged extension brings; the UI steps for absent ones cannot run. */
export interface BuildFeatures {
    readonly preview: boolean;
    readonly quickFix: boolean;
    readonly hoverOnDiagnostic: boolean;
    readonly newPlan: boolean;
    readonly rulePages: boolean;
    readonly walkthrough: boolean;
}

export const PREVIEW_COMMAND = 'clusterPlan.openPreviewToSide';
const NEW_PLAN_COMMAND = 'clusterPlan.newPlan';
const RULE_PAGE_VIEW_TYPE = 'clusterPlan.rulePage';

/**
 * Reads the features from the installed extension itself: its manifest's commands, and the
 * capabilities and hover answer of its bundled server, asked over stdio about `plan`
 * at the position of the diagnostic with the code `code`.
 */
export async function detectFeatures(extensionDir: string, plan: string, code: string): Promise<BuildFeatures> {
    const manifest = JSON.parse(readFileSync(join(extensionDir, 'package.json'), 'utf8')) as {
        contributes?: { commands?: { command: string }[]; customEditors?: { viewType: string }[]; walkthroughs?: unknown[] };
    };
    const commands = (manifest.contributes?.commands ?? []).map(command => command.command);
    const preview = commands.includes(PREVIEW_COMMAND);
    const contributed = {
        newPlan: commands.includes(NEW_PLAN_COMMAND),
        rulePages: (manifest.contributes?.customEditors ?? []).some(editor => editor.viewType === RULE_PAGE_VIEW_TYPE),
        walkthrough: (manifest.contributes?.walkthroughs ?? []).length > 0
    };

    const server = spawn(process.execPath, [join(extensionDir, 'out', 'server.cjs'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const connection = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
    try {
        const uri = pathToFileURL(plan).href;
        const diagnostics = new Promise<Diagnostic[]>(resolve => connection.onNotification('textDocument/publishDiagnostics',
            (params: PublishDiagnosticsParams) => { if (params.uri === uri) resolve(params.diagnostics); }));
        connection.listen();
        const init: InitializeResult = await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, locale: 'en', capabilities: {} });
        await connection.sendNotification('initialized', {});
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'cluster-plan', version: 1, text: readFileSync(plan, 'utf8') } });
        const target = (await withTimeout(diagnostics, 30_000, 'the packaged server published no diagnostics'))
            .find(diagnostic => diagnostic.code === code);
        if (!target) {
            throw new Error(`the packaged server reports no ${code} diagnostic for ${plan}`);
        }
        const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: target.range.start }) as { contents?: unknown } | null;
        return { preview, quickFix: Boolean(init.capabilities.codeActionProvider), hoverOnDiagnostic: hoverHasText(hover), ...contributed };
    } finally {
        connection.dispose();
        server.kill('SIGKILL');
    }
}

function hoverHasText(hover: { contents?: unknown } | null): boolean {
    const contents = hover?.contents;
    if (!contents) {
        return false;
    }
    const parts = Array.isArray(contents) ? contents : [contents];
    return parts.some(part => (typeof part === 'string' ? part : (part as { value?: string }).value ?? '').trim() !== '');
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
    return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${message} within ${ms / 1000} s`)), ms).unref())]);
}
