import * as path from 'node:path';
import { pathTaken, statOf } from '../document/file-status.js';
import { createFileAtomically } from '../document/write-atomically.js';
import { DEFAULT_PLAN_FILE, NewPlanRefusal } from './plan-file-name.js';

/** The file a new plan goes to: the path given, `plan.cplan` inside it when it is a folder, or in `folder` when none is given. */
export async function newPlanPath(given: string | undefined, folder: string): Promise<string> {
    const resolved = path.resolve(folder, given ?? '.');
    return statOf(resolved)?.isDirectory() || (given !== undefined && /[\\/]$/.test(given)) ? path.join(resolved, DEFAULT_PLAN_FILE) : resolved;
}

/**
 * Writes a new plan file, never over anything: a name that is taken (by a file, a folder or a
 * link, even a broken one) is refused, and so is a name that does not end in `.cplan`, which
 * the editor and `cplan check` of a folder would not take for a plan. The file appears whole
 * or not at all.
 */
export async function writeNewPlan(file: string, text: string): Promise<void> {
    if (path.extname(file).toLowerCase() !== '.cplan') {
        throw new NewPlanRefusal('notPlanFile', file);
    }
    if (pathTaken(file)) {
        throw new NewPlanRefusal('exists', file);
    }
    try {
        await createFileAtomically(file, text);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw code === 'EEXIST' ? new NewPlanRefusal('exists', file) : new NewPlanRefusal('cannotWrite', file, code ?? String(error));
    }
}
