import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createClusterPlanServices } from '../src/lsp/cluster-plan-lsp-module.js';
import { MAX_PLAN_BYTES } from '../src/language/plan-limits.js';

describe('the workspace the language server reads', () => {
    test('leaves out plan files too large to be plans', () => {
        const folder = mkdtempSync(path.join(tmpdir(), 'cplan-workspace-'));
        const small = path.join(folder, 'small.cplan');
        const huge = path.join(folder, 'huge.cplan');
        writeFileSync(small, 'plan P "p" { }\n');
        writeFileSync(huge, `plan P "p" {\n${'// 메모\n'.repeat(MAX_PLAN_BYTES / 8)}}\n`);
        const { shared } = createClusterPlanServices(NodeFileSystem);
        const include = (file: string) => shared.workspace.WorkspaceManager.shouldIncludeEntry({ isFile: true, isDirectory: false, uri: URI.file(file) });
        expect(include(small)).toBe(true);
        expect(include(huge)).toBe(false);
        expect(include(path.join(folder, 'notes.txt'))).toBe(false);
    });
});
