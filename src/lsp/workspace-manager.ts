import { DefaultWorkspaceManager, type FileSystemNode } from 'langium';
import { statSync } from 'node:fs';
import { MAX_PLAN_BYTES } from '../language/plan-limits.js';

/**
 * Reads the workspace's plans as Langium does, but leaves out files too large to be plans,
 * which would otherwise stall the server's start. A file the user opens is still checked.
 */
export class PlanWorkspaceManager extends DefaultWorkspaceManager {
    override shouldIncludeEntry(entry: FileSystemNode): boolean {
        if (!super.shouldIncludeEntry(entry)) {
            return false;
        }
        const listedSize = (entry as { size?: unknown }).size; // listed by the editor in a browser: src/browser/editor-file-system.ts
        if (entry.isFile && typeof listedSize === 'number') {
            return listedSize <= MAX_PLAN_BYTES;
        }
        if (!entry.isFile || entry.uri.scheme !== 'file') {
            return true;
        }
        try {
            return statSync(entry.uri.fsPath).size <= MAX_PLAN_BYTES;
        } catch {
            return false;
        }
    }
}
