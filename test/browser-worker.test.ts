import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CHROMIUM, newChromiumPage } from '../scripts/chromium-page.mjs';
import type { ExtensionInitOptions, PlanScoreParams } from '../src/language/extension-protocol.js';
import { MAX_PLAN_BYTES } from '../src/language/plan-limits.js';
import { runCplan } from './cli-helpers.js';
import { example } from './helpers.js';

/**
 * The language server's browser bundle (out/browser/server-worker.js, the worker of VS Code for
 * the web and of the playground) in a real Chromium Web Worker, spoken to over LSP as an editor
 * does, and the web extension's bundle.
 */
const SERVER_WORKER = new URL('../out/browser/server-worker.js', import.meta.url);
const WEB_EXTENSION = new URL('../out/browser/extension-web.js', import.meta.url);
const EXAMPLES = ['busan-marine-bio.cplan', 'daegu-draft.cplan'];

interface Session {
    /** Diagnostics per document URI, as published. */
    readonly diagnostics: Record<string, Array<{ code: string; severity: number; range: { start: { line: number; character: number } }; codeDescription?: { href: string } }>>;
    /** The plan scores sent per document URI (clusterPlan/planScore), last first. */
    readonly scores: Record<string, PlanScoreParams>;
    readonly answers: unknown[];
    /** The files the server asked the editor for. */
    readonly filesRead: string[];
}

/**
 * Starts the worker in the page and plays one editor session: initialize (with workspace
 * folders whose files the page serves, as VS Code for the web does), open documents, wait for
 * their diagnostics, then send requests.
 */
async function session(page: Page, options: {
    documents: Record<string, string>;
    workspace?: { folder: string; files: Record<string, string>; folders: string[] };
    requests?: Array<{ method: string; params: unknown }>;
    /** What the VS Code extension asks of the server beyond LSP. */
    initializationOptions?: ExtensionInitOptions;
}): Promise<Session> {
    const source = readFileSync(SERVER_WORKER, 'utf8');
    return page.evaluate(async ({ source, documents, workspace, requests, initializationOptions }) => {
        const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
        const pending = new Map<number, (result: unknown) => void>();
        const diagnostics: Session['diagnostics'] = {};
        const scores: Session['scores'] = {};
        const filesRead: string[] = [];
        let nextId = 1;
        let published: () => void = () => undefined;
        const all = new Promise<void>(resolve => { published = resolve; });
        const entry = (uri: string) => {
            const isFile = uri in (workspace?.files ?? {});
            return { uri, isFile, isDirectory: !isFile, size: isFile ? workspace!.files[uri].length : undefined };
        };
        worker.onmessage = ({ data }) => {
            if ('id' in data && !('method' in data)) {
                pending.get(data.id)?.(data.result);
            } else if (data.method === 'textDocument/publishDiagnostics' || data.method === 'clusterPlan/planScore') {
                if (data.method === 'clusterPlan/planScore') {
                    scores[data.params.uri] = data.params;
                } else {
                    diagnostics[data.params.uri] = data.params.diagnostics;
                }
                // Scores come after the diagnostics, when they were asked for.
                if (Object.keys(documents).every(uri => uri in diagnostics && (!initializationOptions?.planScores || uri in scores))) {
                    published();
                }
            } else if ('id' in data) {
                // The editor's side of the workspace: what vscode.workspace.fs answers in VS Code for the web.
                const uri: string = data.params?.uri;
                let result: unknown = null;
                if (data.method === 'cplan/readDirectory') {
                    result = [...Object.keys(workspace!.files), ...workspace!.folders].filter(child => child.slice(0, child.lastIndexOf('/')) === uri).map(entry);
                } else if (data.method === 'cplan/readFile') {
                    filesRead.push(uri);
                    result = workspace!.files[uri];
                } else if (data.method === 'cplan/stat') {
                    result = uri in workspace!.files || workspace!.folders.includes(uri) ? entry(uri) : null;
                }
                worker.postMessage({ jsonrpc: '2.0', id: data.id, result });
            }
        };
        const request = (method: string, params: unknown) => new Promise(resolve => {
            const id = nextId++;
            pending.set(id, resolve);
            worker.postMessage({ jsonrpc: '2.0', id, method, params });
        });
        const notify = (method: string, params: unknown) => worker.postMessage({ jsonrpc: '2.0', method, params });
        await request('initialize', {
            processId: null, rootUri: null, capabilities: {}, initializationOptions,
            workspaceFolders: workspace ? [{ uri: workspace.folder, name: 'plans' }] : null
        });
        notify('initialized', {});
        for (const [uri, text] of Object.entries(documents)) {
            notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cluster-plan', version: 1, text } });
        }
        await all;
        const answers = [];
        for (const { method, params } of requests ?? []) {
            answers.push(await request(method, params));
        }
        worker.terminate();
        return { diagnostics, scores, answers, filesRead };
    }, { source, ...options });
}

let page: Page;
let close: () => Promise<void>;
const folder = mkdtempSync(path.join(tmpdir(), 'cplan-worker-'));

beforeAll(async () => {
    expect(existsSync(CHROMIUM), `Chromium is not installed at ${CHROMIUM}: run scripts/ensure-chromium.sh`).toBe(true);
    ({ page, close } = await newChromiumPage({ width: 800, height: 600 }));
    const blank = path.join(folder, 'blank.html');
    writeFileSync(blank, '<!DOCTYPE html><title>worker</title>');
    await page.goto(pathToFileURL(blank).href);
});

afterAll(async () => {
    await close?.();
    rmSync(folder, { recursive: true, force: true });
});

/** Line and code of every diagnostic, in a stable order. */
const sorted = (pairs: Array<[number, string]>) => pairs.map(([line, code]) => `${line}:${code}`).sort();

describe('the language server in a browser Web Worker', () => {
    test('gives exactly the diagnostics of the CLI for both spec examples', async () => {
        const documents = Object.fromEntries(EXAMPLES.map(name => [`inmemory://examples/${name}`, example(name)]));
        const { diagnostics, scores } = await session(page, { documents });
        for (const name of EXAMPLES) {
            const report = JSON.parse(runCplan(['check', '--format', 'json', `examples/${name}`]).stdout);
            const fromCli = sorted(report.files[0].diagnostics.map((d: { line: number; code: string }) => [d.line, d.code]));
            const fromWorker = sorted(diagnostics[`inmemory://examples/${name}`].map(d => [d.range.start.line + 1, d.code]));
            expect(fromWorker, name).toEqual(fromCli);
        }
        expect(diagnostics['inmemory://examples/busan-marine-bio.cplan']).toEqual([]);
        // Asked for nothing beyond LSP, as by the playground: no scores, and no links to rule pages a browser does not have.
        expect(scores).toEqual({});
        expect(Object.values(diagnostics).flat().filter(diagnostic => diagnostic.codeDescription)).toEqual([]);
    }, 60_000);

    test('gives the extension in VS Code for the web what the desktop server gives: links to its rule pages, and the plan\'s score', async () => {
        const uri = 'inmemory://examples/daegu-draft.cplan';
        const { diagnostics, scores } = await session(page, {
            documents: { [uri]: example('daegu-draft.cplan') },
            initializationOptions: {
                planScores: true,
                rulePageLinks: { diagnostic: 'command:clusterPlan.openRulePage?%22{id}%22', markdown: 'command:clusterPlan.openRulePage?%5B%22{id}%22%5D' },
                scorecardLink: 'command:clusterPlan.showScorecard'
            }
        });
        const agency = diagnostics[uri].find(diagnostic => diagnostic.code === 'agency-independent');
        expect(agency?.codeDescription?.href).toBe('command:clusterPlan.openRulePage?%22agency-independent%22');
        const errors = diagnostics[uri].filter(diagnostic => diagnostic.severity === 1).length;
        expect(scores[uri]).toMatchObject({ uri, errors, warnings: diagnostics[uri].filter(diagnostic => diagnostic.severity === 2).length });
        expect(errors).toBeGreaterThan(0);
        expect(scores[uri].score!.met).toBeLessThan(scores[uri].score!.assessed);
    }, 60_000);

    test('reads the workspace\'s other plans through the editor, leaving out files too large to be plans', async () => {
        const root = 'inmemory://workspace/plans';
        const files = {
            [`${root}/busan.cplan`]: example('busan-marine-bio.cplan'),
            [`${root}/regions/daegu.cplan`]: example('daegu-draft.cplan'),
            [`${root}/huge.cplan`]: `${example('busan-marine-bio.cplan')}\n${'/'.repeat(MAX_PLAN_BYTES)}`,
            [`${root}/notes.txt`]: 'not a plan'
        };
        const opened = `${root}/draft.cplan`;
        const { answers, filesRead } = await session(page, {
            documents: { [opened]: 'plan Draft "초안" { }' },
            workspace: { folder: root, files, folders: [`${root}/regions`] },
            requests: [{ method: 'workspace/symbol', params: { query: 'BMBA' } }, { method: 'workspace/symbol', params: { query: 'DBP' } }]
        });
        const [busan, daegu] = answers as Array<Array<{ name: string; location: { uri: string } }>>;
        expect(busan.map(symbol => symbol.location.uri)).toEqual([`${root}/busan.cplan`]);
        expect(daegu.map(symbol => symbol.location.uri)).toEqual([`${root}/regions/daegu.cplan`]);
        expect(filesRead.sort()).toEqual([`${root}/busan.cplan`, `${root}/regions/daegu.cplan`]);
    }, 60_000);
});

describe('the extension for VS Code for the web', () => {
    test('loads in a Web Worker, as VS Code for the web runs it, needing nothing but the VS Code API', async () => {
        const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
        expect(new URL(`../${manifest.browser}`, import.meta.url).href).toBe(WEB_EXTENSION.href);
        const loaded = await page.evaluate(async bundle => {
            // A stand-in for the VS Code API whose every member is a class: loading the bundle only defines things.
            // (An ES module, whose prototype answers too: the bundle reads it through a copy with that prototype.)
            const host = `
                const required = new Set();
                const anything = new Proxy({}, { get: (_, key) => key === '__esModule' || class {} });
                const vscode = new Proxy({}, { get: (_, key) => anything[key], getPrototypeOf: () => anything });
                const module = { exports: {} };
                try {
                    (function (require, module, exports) { ${bundle}\n })(name => { required.add(name); return vscode; }, module, module.exports);
                    postMessage({ required: [...required], exports: Object.keys(module.exports) });
                } catch (error) {
                    postMessage({ required: [...required], error: String(error) });
                }`;
            const worker = new Worker(URL.createObjectURL(new Blob([host], { type: 'text/javascript' })));
            const result = await new Promise(resolve => { worker.onmessage = event => resolve(event.data); });
            worker.terminate();
            return result;
        }, readFileSync(WEB_EXTENSION, 'utf8'));
        expect(loaded).toEqual({ required: ['vscode'], exports: expect.arrayContaining(['activate', 'deactivate']) });
    }, 30_000);
});
