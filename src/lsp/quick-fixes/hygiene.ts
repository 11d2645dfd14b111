import { GrammarUtils } from 'langium';
import { closestWaivableRule } from '../../analysis/catalogue.js';
import { taskCycles } from '../../analysis/checks/task-cycles.js';
import { keywords, type KeywordList } from '../../analysis/findings.js';
import type { Localized } from '../../analysis/locale.js';
import { valueLabel } from '../../analysis/vocabulary.js';
import { isAfterClause, isHorizonClause, isPeriodClause, isWaiver } from '../../grammar/generated/ast.js';
import { spell } from '../../grammar/keyword-spellings.js';
import { planSkeleton } from '../../new-plan/skeleton.js';
import { ACTOR_TYPES } from '../grammar-roles.js';
import { unusedName, type PlanEdits } from '../plan-edits.js';
import { block, fundAt, one, PLACEHOLDER, PLAN_CLAUSES, quoted, text, type FixContext, type FixProposal, type QuickFixTable } from './fix-kit.js';

const TITLE = {
    addOwner: { ko: '과제 {name}의 책임 주체를 {owner}(으)로 정하기', en: 'Make {owner} the owner of task {name}' },
    addOwnerAgency: { ko: '전담기구 {owner}를 만들어 과제 {name}의 책임 주체로 정하기', en: 'Set up agency {owner} and make it the owner of task {name}' },
    swapPeriod: { ko: '시작과 끝 연도 바꾸기: `{start} to {end}`', en: 'Swap the years: `{start} to {end}`' },
    periodWithin: { ko: '과제 {name}의 기간을 계획 기간 안으로: `period {start} to {end}`', en: 'Bring task {name} within the horizon: `period {start} to {end}`' },
    removeRepeat: { ko: '되풀이한 `{clause}` 항목 지우기', en: 'Remove the repeated `{clause}`' },
    renameWaiver: { ko: '"{rule}"(으)로 고치기', en: 'Change it to "{rule}"' },
    deleteWaiver: { ko: '필요 없는 예외 지우기', en: 'Remove the unneeded waiver' },
    deleteInvalidWaiver: { ko: '면제할 수 없는 예외 지우기', en: 'Remove the waiver, which cannot silence anything' },
    removeDependency: { ko: '과제 {name}의 `after`에서 {other} 지우기 ({name}이(가) {other}을(를) 기다리지 않음)', en: 'Remove {other} from the `after` of task {name} ({name} no longer waits for {other})' },
    insertSkeleton: { ko: '계획 뼈대 넣기 (발전로드맵 네 단계, 채울 칸은 "<…>")', en: 'Insert the plan skeleton (the four stages of the roadmap, blanks as "<…>")' },
    useKeyword: { ko: '{keyword}(으)로 고치기', en: 'Change it to {keyword}' },
    useUnit: { ko: '금액 단위를 {unit}(으)로 고치기', en: 'Write the unit as {unit}' },
    setSource: { ko: '펀드 {name}의 재원 밝히기: `source {source}` ({label})', en: 'Say where fund {name}\'s money comes from: `source {source}` ({label})' }
} satisfies Record<string, Localized>;

/**
 * A file with no plan yet (empty, only comments, or a `plan` header without its block) gets
 * the skeleton `cplan init` writes, in place of what there is of the header.
 */
function skeletonFix(context: FixContext): FixProposal[] | undefined {
    const { plan, document } = context;
    const header = GrammarUtils.findNodeForKeyword(plan.$cstNode, 'plan');
    const started = header !== undefined;
    if (plan.items.length > 0 || GrammarUtils.findNodeForKeyword(plan.$cstNode, '{')) {
        return undefined;
    }
    const content = document.textDocument.getText();
    if (!started && !/^\s*$/.test(stripComments(content))) {
        return undefined;
    }
    const from = started ? header.offset : content.length;
    const range = { start: document.textDocument.positionAt(from), end: document.textDocument.positionAt(content.length) };
    return one(text(context, TITLE.insertSkeleton), edits => edits.replaceRange(range, planSkeleton({}, { locale: context.locale, keywords: context.spelling })));
}

const stripComments = (text: string): string => text.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n\r]*/g, '');

export const hygieneFixes: QuickFixTable = {
    syntax: context => {
        const { message, args } = context.data;
        const skeleton = skeletonFix(context);
        if (skeleton) {
            return skeleton;
        }
        if (message === 'unitNearMiss' && typeof args.unit === 'string') {
            const unit = args.unit;
            return one(text(context, TITLE.useUnit, { unit }), edits => edits.replaceRange(context.range, unit));
        }
        const suggestions = message === 'didYouMean' ? (args.suggestions as KeywordList | undefined)?.keywords ?? [] : [];
        // In the plan's spelling, as the message names them.
        return suggestions.map(suggestion => spell(suggestion, context.spelling)).map(keyword => ({
            title: text(context, TITLE.useKeyword, { keyword }),
            apply: (edits: PlanEdits) => { edits.replaceRange(context.range, keyword); }
        }));
    },
    'fund-source': context => {
        const fund = fundAt(context);
        // Joint money first: the report wants private capital alongside the public.
        return fund
            ? (['joint', 'private', 'public'] as const).map(source => ({
                title: text(context, TITLE.setSource, { name: fund.node.name, source: keywords([source]), label: valueLabel(source, context.locale, { rule: 'SourceClause' }) ?? source }),
                apply: (edits: PlanEdits) => { edits.addToBlock(fund.node, `source ${source}`); }
            }))
            : [];
    },
    'task-owner': context => {
        const task = context.facts.tasks.find(candidate => candidate.node === context.node);
        if (!task) {
            return [];
        }
        // The agency runs the plan's tasks unless the plan says otherwise; without any actor, the fix sets one up.
        const owner = context.facts.agencies[0]?.node ?? [...context.facts.elementsByName.values()].find(element => ACTOR_TYPES.has(element.$type));
        if (owner) {
            return one(text(context, TITLE.addOwner, { name: task.node.name, owner: owner.name }), edits => edits.addToBlock(task.node, `owner ${owner.name}`));
        }
        const agency = unusedName('ClusterAgency', context.facts.elementsByName);
        return one(text(context, TITLE.addOwnerAgency, { name: task.node.name, owner: agency }), edits => edits
            .addPlanItem(context.plan, block(`agency ${agency} ${quoted(context, PLACEHOLDER.agency)}`, ['independent']), ['Agency', 'Vision', 'Assessment', ...PLAN_CLAUSES])
            .addToBlock(task.node, `owner ${agency}`));
    },
    'task-cycle': context => {
        const after = isAfterClause(context.node) ? context.node : undefined;
        const task = after?.$container;
        const cycle = task && taskCycles(context.facts.tasks).find(members => members.includes(task));
        if (!after || !task || !cycle) {
            return [];
        }
        // One fix per dependency of this task on the cycle: removing any one of them breaks the cycle.
        return after.tasks.flatMap((reference, index) => {
            const other = reference.ref;
            return other && cycle.includes(other) ? [{
                title: text(context, TITLE.removeDependency, { name: task.name, other: other.name }),
                apply: (edits: PlanEdits) => { edits.removeFromList(after, 'tasks', index); }
            }] : [];
        });
    },
    'period-order': context => {
        const span = context.node;
        if (!isHorizonClause(span) && !isPeriodClause(span)) {
            return [];
        }
        const { start, end } = span;
        return one(text(context, TITLE.swapPeriod, { start: end, end: start }),
            edits => edits.replaceProperty(span, 'start', String(end)).replaceProperty(span, 'end', String(start)));
    },
    'period-within-horizon': context => {
        const period = context.node;
        const { name, withinStart, withinEnd } = context.data.args;
        // A period with no year inside the horizon has nothing to keep: the planner picks its years.
        return isPeriodClause(period) && context.data.message === 'main'
            ? one(text(context, TITLE.periodWithin, { name: String(name), start: String(withinStart), end: String(withinEnd) }),
                edits => edits.replaceProperty(period, 'start', String(withinStart)).replaceProperty(period, 'end', String(withinEnd)))
            : [];
    },
    'waiver-unknown-rule': context => {
        const waiver = isWaiver(context.node) ? context.node : undefined;
        if (!waiver) {
            return [];
        }
        const suggestion = context.data.message === 'didYouMean' ? closestWaivableRule(waiver.rule ?? '') : undefined;
        return suggestion
            ? one(text(context, TITLE.renameWaiver, { rule: suggestion }), edits => edits.replaceProperty(waiver, 'rule', `"${suggestion}"`))
            : one(text(context, TITLE.deleteInvalidWaiver), edits => edits.remove(waiver));
    },
    'duplicate-clause': context => {
        const repeat = context.node;
        return repeat ? one(text(context, TITLE.removeRepeat, { clause: context.data.args.clause }), edits => edits.remove(repeat)) : [];
    },
    'waiver-unused': context => {
        const waiver = isWaiver(context.node) ? context.node : undefined;
        return waiver ? one(text(context, TITLE.deleteWaiver), edits => edits.remove(waiver)) : [];
    }
};
