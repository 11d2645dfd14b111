import { keywords } from '../../analysis/findings.js';
import type { Localized } from '../../analysis/locale.js';
import { RECOMMENDED_RESPONSES, type RequiredListClause } from '../../analysis/prescriptions.js';
import { describeKeyword } from '../../analysis/vocabulary.js';
import { isProblem } from '../../grammar/generated/ast.js';
import { ACTOR_ELEMENT_TYPES } from '../grammar-roles.js';
import { unusedName } from '../plan-edits.js';
import { missingKeywords, one, PLACEHOLDER, PLAN_CLAUSES, quoted, text, type FixMaker, type QuickFixTable } from './fix-kit.js';

const TITLE = {
    addValues: { ko: '`{clause}`에 추가: `{values}`', en: 'Add to `{clause}`: `{values}`' },
    addIndustry: { ko: '수요 연관산업 추가: `industry … { kind hospital }`', en: 'Add a demand industry: `industry … { kind hospital }`' },
    addIp: { ko: '지식재산 보호장치(`ip`) 추가', en: 'Add an `ip` safeguard' },
    addResponse: { ko: '권장 대응 추가: `response` {response}', en: 'Add the recommended response: `response` {response}' }
} satisfies Record<string, Localized>;

/** Adds the missing values to a plan-level list clause, or the clause itself. */
function listFix(clause: RequiredListClause, type: string): FixMaker {
    return context => {
        const present = context.facts[clause];
        const missing = missingKeywords(context);
        if (missing.length === 0) {
            return [];
        }
        return one(text(context, TITLE.addValues, { clause: keywords([clause]), values: keywords(missing) }), edits => present
            ? edits.appendToList(present, missing)
            : edits.addPlanItem(context.plan, `${clause} ${missing.join(', ')}`, [type, ...PLAN_CLAUSES]));
    };
}

export const clusterPolicyFixes: QuickFixTable = {
    'support-services': listFix('services', 'ServicesClause'),
    'living-environment': listFix('environment', 'EnvironmentClause'),
    'business-incentives': listFix('incentives', 'IncentivesClause'),
    'market-entry-exit': listFix('incentives', 'IncentivesClause'),
    'demand-industries': context => one(text(context, TITLE.addIndustry), edits => edits.addPlanItem(context.plan,
        `industry ${unusedName('DemandIndustry', context.facts.elementsByName)} ${quoted(context, PLACEHOLDER.industry)} { kind hospital }`, ['Industry', ...ACTOR_ELEMENT_TYPES])),
    'ip-protection': context => one(text(context, TITLE.addIp),
        edits => edits.addPlanItem(context.plan, `ip ${quoted(context, PLACEHOLDER.ip)}`, PLAN_CLAUSES)),
    'problem-response': context => {
        const problem = isProblem(context.node) ? context.facts.problems.find(candidate => candidate.node === context.node) : undefined;
        const response = problem && RECOMMENDED_RESPONSES[problem.node.kind]?.[0];
        if (!problem || !response) {
            return [];
        }
        const existing = problem.response;
        return one(text(context, TITLE.addResponse, { response: describeKeyword(response, context.locale, context.spelling, 'PolicyResponse') }), edits => existing
            ? edits.appendToList(existing, [response])
            : edits.addToBlock(problem.node, `response ${response}`));
    }
};
