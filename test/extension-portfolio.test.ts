import { execFileSync } from 'node:child_process';
import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, describe, expect, test, vi } from 'vitest';
import { DOCUMENT_FORMATS } from '../src/document/formats.js';

const state = vi.hoisted(() => ({ messages: [] as string[], errors: [] as string[], target: '', format: 'html', offered: [] as string[] }));
const EXAMPLE = vi.hoisted(() => new URL('../examples/portfolio/', import.meta.url).pathname.replace(/\/$/, ''));

// The VS Code API exists only inside the editor: a stand-in with the example portfolio as its workspace.
vi.mock('vscode', async () => {
    const fs = await import('node:fs');
    const nodePath = await import('node:path');
    class Uri {
        constructor(readonly fsPath: string) {}
        get path() { return this.fsPath; }
        get scheme() { return 'file'; }
        static file(file: string) { return new Uri(file); }
        static joinPath(base: Uri, ...parts: string[]) { return new Uri(nodePath.resolve(base.fsPath, ...parts)); }
    }
    class RelativePattern {
        constructor(readonly base: Uri, readonly pattern: string) {}
    }
    return {
        Uri, RelativePattern,
        env: { language: 'ko' },
        workspace: {
            findFiles: async (pattern: string | RelativePattern) => typeof pattern === 'string'
                ? [Uri.file(nodePath.join(EXAMPLE, 'cplan.portfolio.json'))]
                : fs.readdirSync(pattern.base.fsPath).filter(name => name.endsWith('.cplan')).map(name => Uri.file(nodePath.join(pattern.base.fsPath, name))),
            fs: { readFile: async (uri: Uri) => fs.readFileSync(uri.fsPath), writeFile: async () => undefined },
            openTextDocument: async (uri: Uri) => ({ getText: () => fs.readFileSync(uri.fsPath, 'utf8') }),
            asRelativePath: (uri: Uri) => nodePath.relative(nodePath.dirname(EXAMPLE), uri.fsPath),
            getConfiguration: () => ({ get: () => ({ 'portfolio-partner': 'off' }) })
        },
        window: {
            showInformationMessage: (message: string) => { state.messages.push(message); },
            showErrorMessage: (message: string) => { state.errors.push(message); },
            showQuickPick: async (items: Array<{ format: string }>) => {
                state.offered = items.map(item => item.format);
                return items.find(item => item.format === state.format);
            },
            showSaveDialog: async () => Uri.file(state.target)
        },
        l10n: { t: (message: string, ...args: unknown[]) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)])) }
    };
});

const folder = mkdtempSync(path.join(tmpdir(), 'cplan-portfolio-export-'));
const write = async (target: { fsPath: string }, bytes: Uint8Array) => writeFileSync(target.fsPath, bytes);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('Cluster Plan: Export Portfolio Document…', () => {
    test('writes the portfolio document of the workspace\'s portfolio, with the editor\'s rule settings', async () => {
        const { exportPortfolio } = await import('../src/extension/portfolio-export.js');
        state.target = path.join(folder, 'portfolio.md');
        state.format = 'md';
        await exportPortfolio({ write, formats: DOCUMENT_FORMATS });
        expect(state.errors).toEqual([]);
        expect(state.messages).toEqual([`Document saved: ${state.target}`]);
        const written = readFileSync(state.target, 'utf8');
        expect(written).toContain('# 2026 지역 바이오클러스터 발전계획 종합 검토');
        expect(written).toContain('| portfolio-overlap | 대구광역시 |');
        // portfolio-partner is off in the editor's settings.
        expect(written).not.toContain('| portfolio-partner | 부산광역시 |');
        expect(written).toContain('| portfolio-partner | 여러 지역이 같은 해외 클러스터와 연계하면 거점과 교류채널을 함께 쓴다. | 점검 끔 |');
    });

    test('refuses to save over a plan', async () => {
        const { exportPortfolio } = await import('../src/extension/portfolio-export.js');
        state.target = path.join(folder, 'plan.cplan');
        state.errors.length = 0;
        await exportPortfolio({ write, formats: DOCUMENT_FORMATS });
        expect(state.errors).toHaveLength(1);
        expect(readdirSync(folder)).not.toContain('plan.cplan');
    });

    test('on a local disk, refuses a link to a plan and a named pipe, as cplan generate does, and leaves both as they were', async () => {
        const { exportPortfolio } = await import('../src/extension/portfolio-export.js');
        const { DESKTOP_DOCUMENT_EXPORTS } = await import('../src/extension/desktop-exports.js');
        state.format = 'md';
        const plan = path.join(folder, 'linked.cplan');
        writeFileSync(plan, 'plan 계획 "원본"\n');
        state.target = path.join(folder, 'looks-like-a-document.md');
        symlinkSync(plan, state.target);
        state.errors.length = 0;
        await exportPortfolio(DESKTOP_DOCUMENT_EXPORTS);
        expect(state.errors).toEqual(['The document is not saved over a .cplan file (it could overwrite a plan).']);
        expect(readFileSync(plan, 'utf8')).toBe('plan 계획 "원본"\n');

        state.target = path.join(folder, 'pipe.md');
        execFileSync('mkfifo', [state.target]);
        state.errors.length = 0;
        await exportPortfolio(DESKTOP_DOCUMENT_EXPORTS);
        expect(state.errors).toEqual(['The document is not saved over something that is not a regular file (a pipe or a device).']);
        expect(lstatSync(state.target).isFIFO()).toBe(true);
    });

    test('offers the formats the editor can make: in VS Code for the web, HTML and Markdown', async () => {
        const { exportPortfolio } = await import('../src/extension/portfolio-export.js');
        state.target = path.join(folder, 'web.html');
        state.format = 'html';
        await exportPortfolio({ write, formats: DOCUMENT_FORMATS });
        expect([...state.offered].sort()).toEqual([...DOCUMENT_FORMATS].sort());
        await exportPortfolio({ write, formats: ['html', 'md'] });
        expect(state.offered).toEqual(['html', 'md']);
        expect(readFileSync(state.target, 'utf8')).toContain('<!DOCTYPE html>');
    });
});
