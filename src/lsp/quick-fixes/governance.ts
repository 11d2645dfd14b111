import type { Localized } from '../../analysis/locale.js';
import { isOperatorClause } from '../../grammar/generated/ast.js';
import { unusedName } from '../plan-edits.js';
import { agencyAt, block, one, PLACEHOLDER, PLAN_CLAUSES, quoted, text, type QuickFixTable } from './fix-kit.js';

const TITLE = {
    addAgency: { ko: '전담기구(`agency`) 추가: `independent`, `budget`, `survey`, `operator` 포함', en: 'Add an `agency` with `independent`, `budget`, `survey` and `operator`' },
    addIndependent: { ko: '전담기구 {name}에 `independent` 추가 (지자체 조직에서 독립)', en: 'Add `independent` to agency {name}' },
    addBudget: { ko: '전담기구 {name}에 독립 예산(`budget`) 추가 — 금액을 적으세요', en: 'Add a budget to agency {name}, then write its amount' },
    addSurvey: { ko: '전담기구 {name}에 기업 니즈 정기 조사(`survey quarterly`) 추가', en: 'Add `survey quarterly` to agency {name}' },
    privateOperator: { ko: '전담기구 {name}을(를) 민간운영기관이 운영: `operator private`', en: 'Have a private operating body run agency {name}: `operator private`' },
    addCoordinates: { ko: '전담기구 {agency}이(가) 중앙정부 {name}과(와) 조율: `coordinates {name}`', en: 'Have agency {agency} coordinate with central government {name}: `coordinates {name}`' },
    privateLed: { ko: '민간 주도로 정하기: `leadership private`', en: 'Make it private-led: `leadership private`' },
    addChampion: { ko: '챔피언(`champion`) 추가', en: 'Add a `champion`' }
} satisfies Record<string, Localized>;

export const governanceFixes: QuickFixTable = {
    // `budget 0 억원` is a placeholder: agency-budget reads a zero budget as none until the amount is written.
    'agency-required': context => one(text(context, TITLE.addAgency), edits => edits.addPlanItem(context.plan,
        block(`agency ${unusedName('ClusterAgency', context.facts.elementsByName)} ${quoted(context, PLACEHOLDER.agency)}`, ['independent', 'budget 0 억원', 'survey quarterly', 'operator private']),
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
    'private-operator': context => {
        const operator = isOperatorClause(context.node) ? context.node : undefined;
        const agency = operator
            ? context.facts.agencies.find(candidate => candidate.operator === operator)
            : agencyAt(context);
        return agency ? one(text(context, TITLE.privateOperator, { name: agency.node.name }), edits => agency.operator
            ? edits.replaceProperty(agency.operator, 'value', 'private')
            : edits.addToBlock(agency.node, 'operator private')) : [];
    },
    'central-local-coordination': context => {
        const government = context.facts.governments.find(candidate => candidate.node === context.node)?.node;
        const agency = context.facts.agencies.find(candidate => candidate.node.name === context.data.args.agency);
        if (!government || !agency) {
            return [];
        }
        const coordinates = agency.coordinates;
        return one(text(context, TITLE.addCoordinates, { agency: agency.node.name, name: government.name }), edits => coordinates
            ? edits.appendToList(coordinates, [government.name])
            : edits.addToBlock(agency.node, `coordinates ${government.name}`));
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
