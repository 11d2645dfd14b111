import type { Localized } from '../../analysis/locale.js';
import { unusedName } from '../plan-edits.js';
import { agencyAt, block, one, PLACEHOLDER, PLAN_CLAUSES, quoted, text, type QuickFixTable } from './fix-kit.js';

const TITLE = {
    addAgency: { ko: '전담기구(agency) 추가: independent, budget, survey 포함', en: 'Add an agency with independent, budget and survey' },
    addIndependent: { ko: '전담기구 {name}에 independent 추가 (지자체 조직에서 독립)', en: 'Add independent to agency {name}' },
    addBudget: { ko: '전담기구 {name}에 독립 예산(budget) 추가', en: 'Add a budget to agency {name}' },
    addSurvey: { ko: '전담기구 {name}에 기업 니즈 정기 조사(survey quarterly) 추가', en: 'Add survey quarterly to agency {name}' },
    privateLed: { ko: '민간 주도로 정하기: leadership private', en: 'Make it private-led: leadership private' },
    addChampion: { ko: '챔피언(champion) 추가', en: 'Add a champion' }
} satisfies Record<string, Localized>;

export const governanceFixes: QuickFixTable = {
    'agency-required': context => one(text(context, TITLE.addAgency), edits => edits.addPlanItem(context.plan,
        block(`agency ${unusedName('ClusterAgency', context.facts.elementsByName)} ${quoted(context, PLACEHOLDER.agency)}`, ['independent', 'budget 0 억원', 'survey quarterly']),
        ['Agency', 'Vision', 'Assessment', ...PLAN_CLAUSES])),
    'agency-independent': context => {
        const agency = agencyAt(context);
        return agency ? one(text(context, TITLE.addIndependent, { name: agency.node.name }), edits => edits.addToBlock(agency.node, 'independent')) : [];
    },
    'agency-budget': context => {
        const agency = agencyAt(context);
        return agency ? one(text(context, TITLE.addBudget, { name: agency.node.name }), edits => edits.addToBlock(agency.node, 'budget 0 억원')) : [];
    },
    'firm-voice': context => {
        const agency = context.facts.agencies[0];
        return agency ? one(text(context, TITLE.addSurvey, { name: agency.node.name }), edits => edits.addToBlock(agency.node, 'survey quarterly')) : [];
    },
    'private-led': context => {
        const leadership = context.facts.leadership;
        return one(text(context, TITLE.privateLed), edits => leadership
            ? edits.replaceProperty(leadership, 'value', 'private')
            : edits.addPlanItem(context.plan, 'leadership private', PLAN_CLAUSES));
    },
    'champion-required': context => one(text(context, TITLE.addChampion), edits => edits.addPlanItem(context.plan,
        block(`champion ${unusedName('Champion', context.facts.elementsByName)} ${quoted(context, PLACEHOLDER.champion)}`, [`role ${quoted(context, PLACEHOLDER.role)}`, 'origin local']),
        ['Champion', 'Agency', 'Vision', 'Assessment', ...PLAN_CLAUSES]))
};
