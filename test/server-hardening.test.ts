import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { getRule } from '../src/analysis/catalogue.js';
import { SERVER } from './cli-helpers.js';
import { checkText, codesOf, example } from './helpers.js';
import { CancellationTokenSource, LspClient, ResponseError } from './support/lsp-client.js';

const root = mkdtempSync(path.join(tmpdir(), 'cplan-hardening-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a rule check that throws', () => {
    afterEach(() => vi.restoreAllMocks());

    test('costs only its own diagnostics: every other rule still reports, and the failure is logged once', async () => {
        const draft = example('daegu-draft.cplan');
        const normal = codesOf((await checkText(draft)).diagnostics).sort();
        const failing = 'agency-independent';
        expect(normal).toContain(failing);

        // The seam is the rule module itself, patched for this test only: no product setting can do this.
        const rule = getRule(failing);
        if (rule.kind !== 'principle') {
            throw new Error('test setup: agency-independent is a principle rule');
        }
        vi.spyOn(rule, 'check').mockImplementation(() => { throw new Error('simulated fault'); });
        const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        const first = codesOf((await checkText(draft)).diagnostics).sort();
        const second = codesOf((await checkText(`${draft}\n// 다시 편집함\n`)).diagnostics).sort();

        expect(first).toEqual(normal.filter(code => code !== failing));
        expect(second).toEqual(first);
        expect(logged).toHaveBeenCalledTimes(1);
        expect(String(logged.mock.calls[0][0])).toMatch(/^cplan: the check for rule 'agency-independent' failed and was skipped: simulated fault$/);
    });
});

describe('the language server process', () => {
    test('cancels a request when the client sends $/cancelRequest', async () => {
        const client = new LspClient({ server: SERVER });
        try {
            await client.initialize();
            const uri = pathToFileURL(path.join(root, 'cancel.cplan')).href;
            // A large plan, so that the document is still being built when the cancel arrives.
            const bigPlan = (edit: number) => {
                const tasks = Array.from({ length: 4000 }, (_, i) => `    task T${i} "과제 ${i}.${edit}" { term short owner A period 2026 to 2030 goals talent }`);
                return `plan Big "큰 계획" {\n    agency A "기구" { independent }\n${tasks.join('\n')}\n}\n`;
            };
            // Whether the request is still waiting when the cancel is read depends on timing;
            // a few tries make sure one cancel reaches a waiting request.
            let outcome: unknown;
            for (let attempt = 1; attempt <= 5 && outcome !== -32800; attempt++) {
                if (attempt === 1) {
                    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'cluster-plan', version: 1, text: bigPlan(attempt) } });
                } else {
                    client.notify('textDocument/didChange', { textDocument: { uri, version: attempt }, contentChanges: [{ text: bigPlan(attempt) }] });
                }
                // Hover waits until the document is linked; the cancel reaches it while it waits.
                const cancellation = new CancellationTokenSource();
                const answer = client.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 10 } }, cancellation.token);
                cancellation.cancel();
                outcome = await answer.then(
                    result => {
                        // Never an error disguised as a result.
                        expect((result as { code?: unknown } | null)?.code).toBeUndefined();
                        return 'answered';
                    },
                    (error: unknown) => (error as ResponseError).code);
            }
            expect(outcome).toBe(-32800);
            // The server goes on: the next request is answered in full.
            const symbols = await client.request('textDocument/documentSymbol', { textDocument: { uri } }) as unknown[];
            expect(symbols.length).toBeGreaterThan(0);
        } finally {
            await client.stop();
        }
    });

    test('reads only inside its workspace folder and writes nothing', async () => {
        const workspace = path.join(root, 'workspace');
        const outside = path.join(root, 'outside');
        mkdirSync(path.join(workspace, 'sub'), { recursive: true });
        mkdirSync(outside);
        writeFileSync(path.join(workspace, 'inside.cplan'), example('daegu-draft.cplan'));
        writeFileSync(path.join(workspace, 'sub', 'deep.cplan'), example('busan-marine-bio.cplan'));
        writeFileSync(path.join(outside, 'outside.cplan'), example('daegu-draft.cplan'));
        // A link out of the workspace must not lead the server outside it.
        symlinkSync(outside, path.join(workspace, 'link-out'));
        const fsLog = path.join(root, 'fs.log');
        writeFileSync(fsLog, '');

        const client = new LspClient({ server: SERVER, preload: fileURLToPath(new URL('./support/fs-recorder.cjs', import.meta.url)), env: { CPLAN_FS_LOG: fsLog } });
        try {
            await client.initialize({ rootUri: pathToFileURL(workspace).href });
            // A document the editor opens from elsewhere is taken from the editor, not from disk.
            const opened = pathToFileURL(path.join(outside, 'opened.cplan')).href;
            client.notify('textDocument/didOpen', { textDocument: { uri: opened, languageId: 'cluster-plan', version: 1, text: example('busan-marine-bio.cplan') } });
            // Its diagnostics come once the workspace folder has been loaded and the document built.
            await client.waitForDiagnostics(opened);
            await client.request('textDocument/documentSymbol', { textDocument: { uri: opened } });
            await client.request('textDocument/hover', { textDocument: { uri: opened }, position: { line: 3, character: 2 } });
        } finally {
            await client.stop();
        }
        const accesses = readFileSync(fsLog, 'utf8').split('\n').filter(Boolean).map(line => line.split('\t'));
        expect(accesses.length).toBeGreaterThan(0);
        expect(accesses.filter(([kind]) => kind === 'write')).toEqual([]);
        // Node loading the server's own program file goes through fs too, and the server looks up
        // the rule pages it ships (for the diagnostics' links); neither is the server reading data.
        const ownPackage = path.dirname(path.dirname(SERVER));
        const ownFiles = new Set([SERVER, path.join(ownPackage, 'out', 'docs', 'rules'), path.join(ownPackage, 'docs', 'rules')]);
        const paths = accesses.map(([, , file]) => file).filter(file => !ownFiles.has(file));
        // The workspace's plans were loaded, so the recorder saw the server's reads.
        expect(paths).toContain(path.join(workspace, 'inside.cplan'));
        expect(paths).toContain(path.join(workspace, 'sub', 'deep.cplan'));
        expect(paths.filter(file => file !== workspace && !file.startsWith(workspace + path.sep))).toEqual([]);
        expect(paths.filter(file => file.startsWith(path.join(workspace, 'link-out')))).toEqual([]);
    });
});

describe('cplan-language-server run by hand', () => {
    test('--version prints the version and --help how editors start it; both exit 0 instead of serving', () => {
        const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
        const run = (flag: string) => spawnSync(process.execPath, [SERVER, flag], { encoding: 'utf8', timeout: 30_000 });
        expect(run('--version')).toMatchObject({ status: 0, stdout: `${version}\n` });
        const help = run('--help');
        expect(help.status).toBe(0);
        expect(help.stdout).toContain('cplan-language-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]');
        expect(help.stdout).toContain('표준 입출력(stdio)');
    });
});
