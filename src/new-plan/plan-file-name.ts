import { regionName } from './skeleton.js';

/** The file name of a new plan when only a folder is given. */
export const DEFAULT_PLAN_FILE = 'plan.cplan';

/** A name for a new plan file after its region (`부산광역시.cplan`, then `부산광역시-2.cplan`), or after the default. */
export function newPlanFileName(region: string | undefined, number = 1): string {
    const stem = regionName(region) ?? DEFAULT_PLAN_FILE.replace(/\.cplan$/, '');
    return `${stem}${number > 1 ? `-${number}` : ''}.cplan`;
}

/** Why a new plan was not written. */
export class NewPlanRefusal extends Error {
    constructor(readonly reason: 'exists' | 'notPlanFile' | 'cannotWrite', readonly file: string, readonly detail = '') {
        super(`${reason}: ${file}`);
    }
}
