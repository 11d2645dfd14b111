import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';

const state = vi.hoisted(() => ({
    document: undefined as undefined | { languageId: string; uri: string; getText(): string; positionAt(offset: number): { line: number; character: number } },
    applied: [] as Array<Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }>>,
    messages: [] as string[]
}));

// The VS Code API exists only inside the editor; the commands are checked against a stand-in.
vi.mock('vscode', () => {
    class Range {
        constructor(readonly start: { line: number; character: number }, readonly end: { line: number; character: number }) { }
    }
    class WorkspaceEdit {
        readonly edits: Array<{ range: Range; newText: string }> = [];
        replace(_uri: unknown, range: Range, newText: string) { this.edits.push({ range, newText }); }
    }
    const l10n = JSON.parse(readFileSync(new URL('../l10n/bundle.l10n.ko.json', import.meta.url), 'utf8'));
    return {
        Uri: class {},
        Range,
        WorkspaceEdit,
        window: {
            get activeTextEditor() { return state.document ? { document: state.document } : undefined; },
            showInformationMessage: (message: string) => { state.messages.push(message); },
            showErrorMessage: (message: string) => { state.messages.push(message); }
        },
        workspace: { applyEdit: async (edit: WorkspaceEdit) => { state.applied.push(edit.edits); return true; } },
        l10n: { t: (message: string, ...args: unknown[]) => String(l10n[message]).replace(/\{(\d+)\}/g, (_, index) => String(args[Number(index)])) }
    };
});

function open(text: string) {
    const document = TextDocument.create('file:///plan.cplan', 'cluster-plan', 1, text);
    state.document = { languageId: 'cluster-plan', uri: document.uri, getText: () => document.getText(), positionAt: offset => document.positionAt(offset) };
    return document;
}

beforeEach(() => {
    state.applied = [];
    state.messages = [];
});

describe('the convert keywords commands', () => {
    test('convert the open plan in one undoable workspace edit, keywords only', async () => {
        const { convertPlanKeywords } = await import('../src/extension/keyword-commands.js');
        const document = open('plan research "plan" {\n    horizon 2026~2037 // leadership\n    firm 연구 "f" { star }\n}\n');
        await convertPlanKeywords('ko');
        expect(state.applied).toHaveLength(1);
        expect(TextDocument.applyEdits(document, state.applied[0]))
            .toBe('계획 research "plan" {\n    계획기간 2026~2037 // leadership\n    기업 연구 "f" { 스타기업 }\n}\n');
        expect(state.messages).toEqual([]);
    });

    test('say so when there is nothing to convert or the plan does not parse', async () => {
        const { convertPlanKeywords } = await import('../src/extension/keyword-commands.js');
        open('계획 P "p" { 주도 민간 }\n');
        await convertPlanKeywords('ko');
        open('plan P "p" { horizon 2026 }\n');
        await convertPlanKeywords('ko');
        expect(state.applied).toEqual([]);
        expect(state.messages).toEqual([
            '계획의 키워드가 모두 이미 한국어입니다.',
            '계획에 문법 오류가 1개 있어 키워드를 바꾸지 않았습니다. 먼저 오류를 고치세요 (문제 패널 참고).'
        ]);
    });
});
