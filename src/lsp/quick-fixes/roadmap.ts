import type { Localized } from '../../analysis/locale.js';
import { TERMS, VISION_CHOICES } from '../../analysis/prescriptions.js';
import { describeKeyword, keywordLabel } from '../../analysis/vocabulary.js';
import { ACTOR_ELEMENT_TYPES } from '../grammar-roles.js';
import { unusedName, type PlanEdits } from '../plan-edits.js';
import { block, missingKeywords, one, overseasLink, PLACEHOLDER, PLAN_CLAUSES, quoted, text, type FixMaker, type QuickFixTable } from './fix-kit.js';

const TITLE = {
    addAssessment: { ko: '현황 진단(assessment) 블록 추가', en: 'Add an assessment block' },
    addConsensus: { ko: '컨센서스(consensus) 항목 추가', en: 'Add a consensus entry' },
    addHorizon: { ko: '10년 계획 기간 추가: horizon {start} to {end}', en: 'Add a ten-year horizon: horizon {start} to {end}' },
    extendHorizon: { ko: '계획 기간을 10년으로 늘리기: {start} to {end}', en: 'Extend the horizon to ten years: {start} to {end}' },
    addVision: { ko: '발전비전(vision) 블록 추가', en: 'Add a vision block' },
    chooseVision: { ko: '비전에 {choice} 추가', en: 'Add {choice} to the vision' },
    addPosition: { ko: '가치사슬 포지셔닝(position) 추가', en: 'Add a value-chain position' },
    addOutsource: { ko: '아웃소싱 방안 추가: outsource manufacturing to {link}', en: 'Add an outsourcing plan: outsource manufacturing to {link}' },
    addTask: { ko: '{term} 과제 추가', en: 'Add a {term} task' },
    addGoals: { ko: '과제 {task}에 목표 추가: {goals}', en: 'Add goals to task {task}: {goals}' }
} satisfies Record<string, Localized>;

/** Adds a term's missing agenda goals to the task the finding is on, the term's first. */
function agendaFix(): FixMaker {
    return context => {
        const first = context.facts.tasks.find(task => task.node === context.node);
        const missing = missingKeywords(context);
        if (!first || missing.length === 0) {
            return [];
        }
        return one(text(context, TITLE.addGoals, { task: first.node.name, goals: missing.join(', ') }), edits => first.goals
            ? edits.appendToList(first.goals, missing)
            : edits.addToBlock(first.node, `goals ${missing.join(', ')}`));
    };
}

export const roadmapFixes: QuickFixTable = {
    'assessment-required': context => one(text(context, TITLE.addAssessment), edits => edits.addPlanItem(context.plan, block('assessment', [
        `summary ${quoted(context, PLACEHOLDER.summary)}`,
        `strength ${quoted(context, PLACEHOLDER.strength)}`,
        `weakness ${quoted(context, PLACEHOLDER.weakness)}`,
        `consensus ${quoted(context, PLACEHOLDER.consensus)}`
    ]), PLAN_CLAUSES)),
    'consensus-required': context => {
        const assessment = context.facts.assessment;
        return assessment
            ? one(text(context, TITLE.addConsensus), edits => edits.addToBlock(assessment, `consensus ${quoted(context, PLACEHOLDER.consensus)}`))
            : [];
    },
    'horizon-ten-years': context => {
        const horizon = context.facts.horizon;
        if (!horizon) {
            const start = new Date().getUTCFullYear();
            return one(text(context, TITLE.addHorizon, { start, end: start + 9 }),
                edits => edits.addPlanItem(context.plan, `horizon ${start} to ${start + 9}`, PLAN_CLAUSES));
        }
        return one(text(context, TITLE.extendHorizon, { start: horizon.start, end: horizon.start + 9 }),
            edits => edits.replaceProperty(horizon, 'end', String(horizon.start + 9)));
    },
    'vision-required': context => one(text(context, TITLE.addVision),
        edits => edits.addPlanItem(context.plan, block(`vision ${quoted(context, PLACEHOLDER.vision)}`, []).replace('{\n}', '{ }'), ['Assessment', ...PLAN_CLAUSES])),
    'vision-choices': context => {
        const vision = context.facts.vision;
        if (!vision) {
            return [];
        }
        return VISION_CHOICES
            .filter(({ clause }) => !vision[clause])
            .flatMap(({ clause: choice, options }) => options.map(option => ({
                title: text(context, TITLE.chooseVision, { choice: `${choice} ${describeKeyword(option, context.locale)}` }),
                apply: (edits: PlanEdits) => { edits.addToBlock(vision.node, `${choice} ${option}`); }
            })));
    },
    'value-chain-position': context => {
        const vision = context.facts.vision;
        return vision ? one(text(context, TITLE.addPosition), edits => edits.addToBlock(vision.node, 'position research')) : [];
    },
    'outsourcing-plan': context => {
        const vision = context.facts.vision;
        if (!vision) {
            return [];
        }
        // Without a link to outsource through, the fix adds an overseas link as well.
        const link = (context.facts.links.find(candidate => candidate.scope?.value === 'overseas') ?? context.facts.links[0])?.node.name;
        const name = link ?? unusedName('OverseasLink', context.facts.elementsByName);
        return one(text(context, TITLE.addOutsource, { link: name }), edits => {
            edits.addToBlock(vision.node, `outsource manufacturing to ${name}`);
            if (!link) {
                edits.addPlanItem(context.plan, overseasLink(context, name), ['Link', 'Network', 'Fund', ...ACTOR_ELEMENT_TYPES]);
            }
        });
    },
    'short-and-long-term': context => TERMS
        .filter(term => !context.facts.tasks.some(task => task.term?.value === term))
        .map(term => ({
            title: text(context, TITLE.addTask, { term: keywordLabel(term, 'TermClause')?.[context.locale] ?? term }),
            apply: (edits: PlanEdits) => {
                const name = unusedName(term === 'short' ? 'ShortTerm' : 'LongTerm', context.facts.elementsByName);
                edits.addPlanItem(context.plan, block(`task ${name} ${quoted(context, PLACEHOLDER.task)}`, [`term ${term}`]), ['Task']);
            }
        })),
    'short-term-agenda': agendaFix(),
    'long-term-agenda': agendaFix()
};
