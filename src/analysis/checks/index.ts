import type { RuleChecks } from '../findings.js';
import { clusterPolicyChecks } from './cluster-policy.js';
import { governanceChecks } from './governance.js';
import { hygieneChecks } from './hygiene.js';
import { innovationChecks } from './innovation.js';
import { networkChecks } from './networks.js';
import { roadmapChecks } from './roadmap.js';

/** Every plan check by rule id; the waiver rules are applied afterwards by the engine. */
export const PLAN_CHECKS: RuleChecks = {
    ...roadmapChecks,
    ...governanceChecks,
    ...innovationChecks,
    ...clusterPolicyChecks,
    ...networkChecks,
    ...hygieneChecks
};
