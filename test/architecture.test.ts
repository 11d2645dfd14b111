import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

/** Every source file of src/ (tests left out) with the modules it imports. */
function sourceImports(): Array<{ file: string; imports: string[] }> {
    return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
        .filter(file => file.endsWith('.ts') && !file.endsWith('.test.ts'))
        .map(file => {
            const text = readFileSync(path.join(SRC, file), 'utf8');
            const imports = [...text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'/gms), ...text.matchAll(/import\('([^']+)'\)/g)]
                .map(match => match[1]);
            return { file: file.replaceAll('\\', '/'), imports };
        });
}

/** The top folder of a file below src/ (`analysis`, `lsp`, …); files directly in src/ are entry points. */
const folderOf = (file: string) => file.includes('/') ? file.split('/')[0] : undefined;

const resolveFolder = (file: string, specifier: string) =>
    specifier.startsWith('.') ? folderOf(path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier))) : undefined;

describe('the architecture (docs/architecture.md)', () => {
    const files = sourceImports();

    test('the folders of src/ import each other without a cycle', () => {
        const edges = new Map<string, Set<string>>();
        for (const { file, imports } of files) {
            const from = folderOf(file);
            for (const specifier of imports) {
                const to = resolveFolder(file, specifier);
                if (from && to && to !== from) {
                    edges.set(from, new Set([...edges.get(from) ?? [], to]));
                }
            }
        }
        const visiting = new Set<string>();
        const done = new Set<string>();
        const cycleFrom = (folder: string, trail: string[]): string[] | undefined => {
            if (visiting.has(folder)) {
                return [...trail, folder];
            }
            if (done.has(folder)) {
                return undefined;
            }
            visiting.add(folder);
            for (const next of edges.get(folder) ?? []) {
                const cycle = cycleFrom(next, [...trail, folder]);
                if (cycle) {
                    return cycle;
                }
            }
            visiting.delete(folder);
            done.add(folder);
            return undefined;
        };
        for (const folder of edges.keys()) {
            expect(cycleFrom(folder, [])).toBeUndefined();
        }
    });

    test('the core, the document generator, the new-plan skeleton and the command line use no editor code', () => {
        const editor = /^(vscode|vscode-languageclient|vscode-languageserver|langium\/lsp)(\/|$)/;
        for (const { file, imports } of files.filter(entry => ['grammar', 'analysis', 'language', 'document', 'new-plan', 'cli'].includes(folderOf(entry.file) ?? ''))) {
            for (const specifier of imports) {
                expect(editor.test(specifier) || ['lsp', 'extension'].includes(resolveFolder(file, specifier) ?? ''), `${file} imports ${specifier}`).toBe(false);
            }
        }
    });
});
