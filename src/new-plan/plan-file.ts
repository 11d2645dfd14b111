import { lstat, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { createFileAtomically } from '../document/write-atomically.js';
import { regionName } from './skeleton.js';

/** The file name of a new plan when only a folder is given. */
export const DEFAULT_PLAN_FILE = 'plan.cplan';

/** A name for a new plan file after its region (`부산광역시.cplan`, then `부산광역시-2.cplan`), or after the default. */
export function newPlanFileName(region: string | undefined, number = 1): string {
    const stem = regionName(region) ?? path.basename(DEFAULT_PLAN_FILE, '.cplan');
    return `${stem}${number > 1 ? `-${number}` : ''}.cplan`;
}

/** Why a new plan was not written. */
export class NewPlanRefusal extends Error {
    constructor(readonly reason: 'exists' | 'notPlanFile' | 'cannotWrite', readonly file: string, readonly detail = '') {
        super(`${reason}: ${file}`);
    }
}

/** The file a new plan goes to: the path given, `plan.cplan` inside it when it is a folder, or in `folder` when none is given. */
export async function newPlanPath(given: string | undefined, folder: string): Promise<string> {
    const resolved = path.resolve(folder, given ?? '.');
    const info = await stat(resolved).catch(() => undefined);
    return info?.isDirectory() || (given !== undefined && /[\\/]$/.test(given)) ? path.join(resolved, DEFAULT_PLAN_FILE) : resolved;
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
    if (await lstat(file).then(() => true, () => false)) {
        throw new NewPlanRefusal('exists', file);
    }
    try {
        await createFileAtomically(file, text);
    } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        throw code === 'EEXIST' ? new NewPlanRefusal('exists', file) : new NewPlanRefusal('cannotWrite', file, code ?? String(error));
    }
}
