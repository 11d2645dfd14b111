import { keywords } from '../../analysis/findings.js';
import type { TaskFacts } from '../../analysis/facts.js';
import type { Localized } from '../../analysis/locale.js';
import { problemRecommending, PUBLIC_FUND_VALUES, TALENT_TRACKS, TECH_TRANSFER_REWARD } from '../../analysis/prescriptions.js';
import { isPurposeClause, type Goal } from '../../grammar/generated/ast.js';
import { ACTOR_ELEMENT_TYPES } from '../grammar-roles.js';
import { unusedName, type PlanEdits } from '../plan-edits.js';
import {
    block, fundAt, missingKeywords, newTaskClauses, numberArgument, one, PLACEHOLDER, PLAN_CLAUSES, quoted, text, type FixMaker, type QuickFixTable
} from './fix-kit.js';

const TITLE = {
    addInstitution: { ko: '세계적 수준의 기관 추가: `institution … { tier global }`', en: 'Add a world-class institution: `institution … { tier global }`' },
    addScientists: { ko: '{name}에 스타급 과학자 유치(`scientists`) 추가', en: 'Add star scientists (`scientists`) to {name}' },
    markStar: { ko: '기업 {name}을(를) 스타기업(`star`)으로 표시', en: 'Mark firm {name} as `star`' },
    addStarFirm: { ko: '스타기업(`firm … { star }`) 추가', en: 'Add a star firm: `firm … { star }`' },
    addPrivateFund: { ko: '민관 공동 펀드(`source joint`) 추가', en: 'Add a joint fund (`source joint`)' },
    addPrivateFundOf: { ko: '민관 공동 펀드(`source joint`) {amount}억원 추가: 민간·공동 재원이 4분의 1이 됩니다', en: 'Add a joint fund (`source joint`) of {amount} 억원, a quarter of the money' },
    addUniversityTask: { ko: '지역 대학 {name}의 장기 연구 과제 추가', en: 'Add a long-term research task owned by {name}' },
    addReward: { ko: '문제 {kind}에 기술이전 보상체계(`reward`) 추가', en: 'Add rewards for technology transfer (`reward`) to the {kind} problem' },
    addRewardProblem: { ko: '기술이전 보상체계 추가: `problem {kind} { response reward }`', en: 'Add rewards for technology transfer: `problem {kind} { response reward }`' },
    addTrack: { ko: '과제 {task}에 목표 추가: `{goal}`', en: 'Add the goal `{goal}` to task {task}' },
    addTrackTask: { ko: '`{goal}` 과제 추가: `task … { term {term} goals {goal} }`', en: 'Add a `{goal}` task: `task … { term {term} goals {goal} }`' },
    setFundClause: { ko: '펀드 {name}에 `{clause} {value}` 지정', en: 'Set `{clause} {value}` in fund {name}' },
    noSubsidy: { ko: '펀드 {name}의 용도를 투자(`purpose investment`)로 바꾸기', en: 'Change the purpose of fund {name} to investment' },
    removeStar: { ko: '기업 {name}에서 스타기업 표시(`star`) 지우기', en: 'Remove `star` from firm {name}' }
} satisfies Record<string, Localized>;

/** Puts a fund clause to the wanted value: replaces another value or adds the clause. */
function fundClauseFix(clause: keyof typeof PUBLIC_FUND_VALUES): FixMaker {
    const value = PUBLIC_FUND_VALUES[clause];
    return context => {
        const fund = fundAt(context);
        if (!fund) {
            return [];
        }
        const existing = fund[clause];
        return one(text(context, TITLE.setFundClause, { name: fund.node.name, clause: keywords([clause]), value: keywords([value]) }), edits => existing
            ? edits.replaceProperty(existing, 'value', value)
            : edits.addToBlock(fund.node, `${clause} ${value}`));
    };
}

export const innovationFixes: QuickFixTable = {
    'selective-support': context => {
        // The finding is on the first star firm beyond a third; one fix for it and each later one.
        const stars = context.facts.firms.filter(firm => firm.star);
        const first = stars.findIndex(firm => firm.star === context.node);
        return first < 0 ? [] : stars.slice(first).map(firm => ({
            title: text(context, TITLE.removeStar, { name: firm.node.name }),
            apply: (edits: PlanEdits) => { edits.remove(firm.star!); }
        }));
    },
    'world-class-research': context => one(text(context, TITLE.addInstitution), edits => edits.addPlanItem(context.plan,
        block(`institution ${unusedName('GlobalInstitute', context.facts.elementsByName)} ${quoted(context, PLACEHOLDER.institution)}`, ['tier global']),
        ['Institution', ...ACTOR_ELEMENT_TYPES, 'Vision', 'Assessment', ...PLAN_CLAUSES])),
    'star-scientists': context => {
        const institution = context.facts.institutions.find(candidate => candidate.tier?.value === 'global') ?? context.facts.institutions[0];
        if (!institution) {
            return [];
        }
        const scientists = institution.scientists;
        return one(text(context, TITLE.addScientists, { name: institution.node.name }), edits => scientists
            ? edits.replaceProperty(scientists, 'count', '1')
            : edits.addToBlock(institution.node, 'scientists 1'));
    },
    'star-firms': context => {
        const firm = context.facts.firms[0];
        if (firm) {
            return one(text(context, TITLE.markStar, { name: firm.node.name }), edits => edits.addToBlock(firm.node, 'star'));
        }
        return one(text(context, TITLE.addStarFirm), edits => edits.addPlanItem(context.plan,
            `firm ${unusedName('StarFirm', context.facts.elementsByName)} ${quoted(context, PLACEHOLDER.firm)} { star }`, ['Firm', ...ACTOR_ELEMENT_TYPES]));
    },
    'private-capital': context => {
        // The joint money that brings private and joint funds to a quarter; `0 억원` (a placeholder) when no fund has an amount.
        const needed = numberArgument(context, 'needed') ?? 0;
        const title = needed > 0 ? text(context, TITLE.addPrivateFundOf, { amount: needed }) : text(context, TITLE.addPrivateFund);
        return one(title, edits => edits.addPlanItem(context.plan,
            block(`fund ${unusedName('JointFund', context.facts.elementsByName)} ${quoted(context, PLACEHOLDER.fund)}`,
                ['source joint', `amount ${needed} 억원`, ...Object.entries(PUBLIC_FUND_VALUES).map(([clause, value]) => `${clause} ${value}`), 'purpose investment']),
            ['Fund', ...ACTOR_ELEMENT_TYPES]));
    },
    'local-university-plan': context => {
        const university = context.facts.institutions.find(candidate => candidate.node === context.node)?.node;
        return university ? one(text(context, TITLE.addUniversityTask, { name: university.name }), edits => edits.addPlanItem(context.plan,
            block(`task ${unusedName('UniversityPlan', context.facts.elementsByName)} ${quoted(context, PLACEHOLDER.universityTask)}`,
                newTaskClauses(context, 'long', { owner: university.name, goals: ['research'] })),
            ['Task'])) : [];
    },
    'tech-transfer-reward': context => {
        const kind = problemRecommending(TECH_TRANSFER_REWARD)!;
        const problem = context.facts.problems.find(candidate => candidate.node.kind === kind);
        if (!problem) {
            return one(text(context, TITLE.addRewardProblem, { kind: keywords([kind]) }), edits => edits.addPlanItem(context.plan,
                block(`problem ${kind} ${quoted(context, PLACEHOLDER.mismatch)}`, [`response ${TECH_TRANSFER_REWARD}`]), ['Problem', ...PLAN_CLAUSES]));
        }
        const response = problem.response;
        return one(text(context, TITLE.addReward, { kind: keywords([kind], 'ProblemKind') }), edits => response
            ? edits.appendToList(response, [TECH_TRANSFER_REWARD])
            : edits.addToBlock(problem.node, `response ${TECH_TRANSFER_REWARD}`));
    },
    'dual-track-talent': context => {
        const missing = TALENT_TRACKS.find(track => missingKeywords(context).includes(track));
        const covered = TALENT_TRACKS.find(track => track !== missing);
        if (!missing || !covered) {
            return [];
        }
        const goalsOf = (task: TaskFacts): readonly Goal[] => task.goals?.goals ?? [];
        // A task off the other track, where the missing one fits: research tasks train researchers, short-term ones the workforce.
        const candidates = context.facts.tasks.filter(task => !goalsOf(task).includes(covered));
        const fits = (task: TaskFacts) => missing === 'researchers' ? goalsOf(task).includes('research') : task.term?.value === 'short';
        const task = candidates.find(fits) ?? candidates[0];
        const term = missing === 'researchers' ? 'long' : 'short';
        const proposals = task ? [{
            title: text(context, TITLE.addTrack, { task: task.node.name, goal: keywords([missing]) }),
            apply: (edits: PlanEdits) => { if (task.goals) { edits.appendToList(task.goals, [missing]); } else { edits.addToBlock(task.node, `goals ${missing}`); } }
        }] : [];
        return [...proposals, {
            title: text(context, TITLE.addTrackTask, { goal: keywords([missing]), term: keywords([term]) }),
            apply: (edits: PlanEdits) => {
                edits.addPlanItem(context.plan, block(`task ${unusedName('TalentTrack', context.facts.elementsByName)} ${quoted(context, PLACEHOLDER.talentTask)}`,
                    newTaskClauses(context, term, { goals: [missing] })), ['Task']);
            }
        }];
    },
    'competitive-selection': fundClauseFix('selection'),
    'fund-audit': fundClauseFix('audit'),
    'staged-review': fundClauseFix('review'),
    'no-subsidy': context => {
        const purpose = context.node;
        const fund = isPurposeClause(purpose) ? context.facts.funds.find(candidate => candidate.purpose === purpose) : undefined;
        return fund?.purpose
            ? one(text(context, TITLE.noSubsidy, { name: fund.node.name }), edits => edits.replaceProperty(fund.purpose!, 'value', 'investment'))
            : [];
    }
};
