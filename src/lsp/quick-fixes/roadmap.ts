import { keywords } from '../../analysis/findings.js';
import type { Localized } from '../../analysis/locale.js';
import { TERMS, VISION_CHOICES } from '../../analysis/prescriptions.js';
import { describeKeyword, keywordLabel } from '../../analysis/vocabulary.js';
import { isOutsourceClause, isPeriodClause, isPositionClause, isScopeClause } from '../../grammar/generated/ast.js';
import { ACTOR_ELEMENT_TYPES } from '../grammar-roles.js';
import { unusedName, type PlanEdits } from '../plan-edits.js';
import { block, missingKeywords, newTaskClauses, one, overseasLink, PLACEHOLDER, PLAN_CLAUSES, quoted, text, type FixContext, type FixMaker, type FixProposal, type QuickFixTable } from './fix-kit.js';

const TITLE = {
    addAssessment: { ko: '현황 진단(`assessment`) 블록 추가', en: 'Add an `assessment` block' },
    addEntries: { ko: '현황 진단에 `{entries}` 항목 추가', en: 'Add `{entries}` to the assessment' },
    addConsensus: { ko: '컨센서스(`consensus`) 항목 추가', en: 'Add a `consensus` entry' },
    addHorizon: { ko: '10년 계획 기간 추가: `horizon {start} to {end}`', en: 'Add a ten-year horizon: `horizon {start} to {end}`' },
    extendHorizon: { ko: '계획 기간을 10년으로 늘리기: `{start} to {end}`', en: 'Extend the horizon to ten years: `{start} to {end}`' },
    addVision: { ko: '발전비전(`vision`) 블록 추가', en: 'Add a `vision` block' },
    chooseVision: { ko: '비전에 `{clause}` {choice} 추가', en: 'Add `{clause}` {choice} to the vision' },
    addPosition: { ko: '가치사슬 포지셔닝(`position`) 추가', en: 'Add a value-chain `position`' },
    addOutsource: { ko: '아웃소싱 방안 추가: `outsource {segments} to {link}`', en: 'Add an outsourcing plan: `outsource {segments} to {link}`' },
    addChannel: { ko: '연계 {link}에 교류 채널(`channel`) 추가', en: 'Add a channel to link {link}' },
    addResearchSegment: { ko: '포지셔닝에 연구개발 단계 추가: `research`', en: 'Add a research segment to the position: `research`' },
    markLocal: { ko: '{element}을(를) 지역 기반(`origin local`)으로 밝히기', en: 'Mark {element} as rooted in the region (`origin local`)' },
    markLocalWithStrength: { ko: '현황 진단에 강점(`strength`)을 적고 {element}을(를) 지역 기반(`origin local`)으로 밝히기', en: 'Write a `strength` in the assessment and mark {element} as rooted in the region (`origin local`)' },
    addStrength: { ko: '현황 진단에 강점(`strength`) 추가', en: 'Add a `strength` to the assessment' },
    chooseLifeScience: { ko: '육성 범위를 범생명과학 포괄(`scope lifescience`)로 바꾸기', en: 'Change the scope to broad life science (`scope lifescience`)' },
    addPartner: { ko: '연계 {link}의 담당 주체를 {partner}(으)로 정하기 (`partner`)', en: 'Make {partner} the partner of link {link}' },
    markExternal: { ko: '챔피언 {name}을(를) 외부 영입(`origin external`)으로 밝히기', en: 'Mark champion {name} as brought in from outside (`origin external`)' },
    addTask: { ko: '{term} 과제 추가', en: 'Add a {term} task' },
    overlapPeriod: { ko: '장기 과제 {name}의 기간을 단기 과제와 겹치게 바꾸기: `period {start} to {end}`', en: 'Make long-term task {name} overlap the short-term ones: `period {start} to {end}`' },
    addGoals: { ko: '과제 {task}에 목표 추가: `{goals}`', en: 'Add goals to task {task}: `{goals}`' }
} satisfies Record<string, Localized>;

/** What each finding of assessment-required lacks, by its message. */
const MISSING_ENTRIES: Readonly<Record<string, ReadonlyArray<'strength' | 'weakness'>>> = {
    noStrength: ['strength'],
    noWeakness: ['weakness'],
    noStrengthOrWeakness: ['strength', 'weakness']
};

/** Adds a term's missing agenda goals to the task the finding is on, the term's first. */
function agendaFix(): FixMaker {
    return context => {
        const first = context.facts.tasks.find(task => task.node === context.node);
        const missing = missingKeywords(context);
        if (!first || missing.length === 0) {
            return [];
        }
        return one(text(context, TITLE.addGoals, { task: first.node.name, goals: keywords(missing) }), edits => first.goals
            ? edits.appendToList(first.goals, missing)
            : edits.addToBlock(first.node, `goals ${missing.join(', ')}`));
    };
}

/** A `strength` placeholder in the assessment, or an assessment holding one. */
function addStrength(context: FixContext, edits: PlanEdits): void {
    const entry = `strength ${quoted(context, PLACEHOLDER.strength)}`;
    if (context.facts.assessment) {
        edits.addToBlock(context.facts.assessment, entry);
    } else {
        edits.addPlanItem(context.plan, block('assessment', [entry]), PLAN_CLAUSES);
    }
}

export const roadmapFixes: QuickFixTable = {
    'assessment-required': context => {
        const assessment = context.facts.assessment;
        if (!assessment) {
            return one(text(context, TITLE.addAssessment), edits => edits.addPlanItem(context.plan, block('assessment', [
                `summary ${quoted(context, PLACEHOLDER.summary)}`,
                `strength ${quoted(context, PLACEHOLDER.strength)}`,
                `weakness ${quoted(context, PLACEHOLDER.weakness)}`,
                `consensus ${quoted(context, PLACEHOLDER.consensus)}`
            ]), PLAN_CLAUSES));
        }
        // A blank entry is the planner's to write; only missing entries are added.
        const missing = MISSING_ENTRIES[context.data.message] ?? [];
        return missing.length === 0 ? [] : one(text(context, TITLE.addEntries, { entries: keywords(missing) }), edits => {
            for (const side of missing) {
                edits.addToBlock(assessment, `${side} ${quoted(context, PLACEHOLDER[side])}`);
            }
        });
    },
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
        // Ten years from the earlier year, which is the end of a reversed horizon.
        const start = Math.min(horizon.start, horizon.end);
        return one(text(context, TITLE.extendHorizon, { start, end: start + 9 }),
            edits => edits.replaceProperty(horizon, 'start', String(start)).replaceProperty(horizon, 'end', String(start + 9)));
    },
    'vision-required': context => one(text(context, TITLE.addVision),
        edits => edits.addPlanItem(context.plan, block(`vision ${quoted(context, PLACEHOLDER.vision)}`, []).replace('{\n}', '{ }'), ['Assessment', ...PLAN_CLAUSES])),
    'vision-choices': context => {
        const vision = context.facts.vision;
        // Each finding is one missing choice: its message is the choice's clause, `main` the strategy.
        const clause = context.data.message === 'main' ? 'strategy' : context.data.message;
        const choice = VISION_CHOICES.find(candidate => candidate.clause === clause);
        if (!vision || !choice || vision[choice.clause]) {
            return [];
        }
        return choice.options.map(option => ({
            title: text(context, TITLE.chooseVision, { clause: keywords([choice.clause]), choice: describeKeyword(option, context.locale, context.spelling) }),
            apply: (edits: PlanEdits) => { edits.addToBlock(vision.node, `${choice.clause} ${option}`); }
        }));
    },
    'value-chain-position': context => {
        const vision = context.facts.vision;
        return vision && !vision.position ? one(text(context, TITLE.addPosition), edits => edits.addToBlock(vision.node, 'position research')) : [];
    },
    'outsourcing-plan': context => {
        const vision = context.facts.vision;
        if (!vision) {
            return [];
        }
        // The segments the position leaves out when the finding names them, else the commonest to source: production.
        const missing = missingKeywords(context);
        const segments = missing.length > 0 ? missing : ['manufacturing'];
        // Without a link to outsource through, the fix adds one, with a channel to fill in.
        const link = (context.facts.links.find(candidate => candidate.scope?.value === 'overseas') ?? context.facts.links[0])?.node.name;
        const name = link ?? unusedName('OverseasLink', context.facts.elementsByName);
        return one(text(context, TITLE.addOutsource, { segments: keywords(segments), link: name }), edits => {
            edits.addToBlock(vision.node, `outsource ${segments.join(', ')} to ${name}`);
            if (!link) {
                edits.addPlanItem(context.plan, overseasLink(context, name), ['Link', 'Network', 'Fund', ...ACTOR_ELEMENT_TYPES]);
            }
        });
    },
    'outsource-channel': context => {
        const link = isOutsourceClause(context.node) ? context.node.link?.ref : undefined;
        // A blank channel is the planner's to write; a missing one gets a placeholder.
        return link && context.data.message === 'main'
            ? one(text(context, TITLE.addChannel, { link: link.name }), edits => edits.addToBlock(link, `channel ${quoted(context, PLACEHOLDER.channel)}`))
            : [];
    },
    'low-cost-trap': context => {
        const position = context.node;
        return isPositionClause(position)
            ? one(text(context, TITLE.addResearchSegment), edits => edits.appendToList(position, ['research']))
            : [];
    },
    'hightech-myopia': context => {
        const scope = context.node;
        if (!isScopeClause(scope)) {
            return [];
        }
        const lifeScience: FixProposal = {
            title: text(context, TITLE.chooseLifeScience),
            apply: edits => { edits.replaceProperty(scope, 'value', 'lifescience'); }
        };
        if (context.data.message === 'noStrength') {
            return [{ title: text(context, TITLE.addStrength), apply: edits => addStrength(context, edits) }, lifeScience];
        }
        // Institutions and firms that do not say where they come from may be the region's own.
        const withStrength = context.data.message === 'main';
        const unmarked = [...context.facts.institutions, ...context.facts.firms].filter(actor => !actor.origin);
        return [...unmarked.map((actor): FixProposal => ({
            title: text(context, withStrength ? TITLE.markLocalWithStrength : TITLE.markLocal, { element: actor.node.name }),
            apply: edits => {
                edits.addToBlock(actor.node, 'origin local');
                if (withStrength) {
                    addStrength(context, edits);
                }
            }
        })), lifeScience];
    },
    'starting-point': context => {
        const facts = context.facts;
        // The agency takes on a link unless the plan has none; then its first actor does.
        const partner = facts.agencies[0]?.node ?? [...facts.elementsByName.values()].find(element => (ACTOR_ELEMENT_TYPES as readonly string[]).includes(element.$type));
        const partners = partner ? facts.links.filter(link => !link.partner).map((link): FixProposal => ({
            title: text(context, TITLE.addPartner, { link: link.node.name, partner: partner.name }),
            apply: edits => { edits.addToBlock(link.node, `partner ${partner.name}`); }
        })) : [];
        const champions = facts.champions.filter(champion => !champion.origin).map((champion): FixProposal => ({
            title: text(context, TITLE.markExternal, { name: champion.node.name }),
            apply: edits => { edits.addToBlock(champion.node, 'origin external'); }
        }));
        return [...partners, ...champions];
    },
    'short-and-long-term': context => {
        const period = context.node;
        if (context.data.message === 'apart') {
            const { name, suggestedStart, suggestedEnd } = context.data.args;
            return isPeriodClause(period)
                ? one(text(context, TITLE.overlapPeriod, { name: String(name), start: String(suggestedStart), end: String(suggestedEnd) }),
                    edits => edits.replaceProperty(period, 'start', String(suggestedStart)).replaceProperty(period, 'end', String(suggestedEnd)))
                : [];
        }
        return TERMS
            .filter(term => !context.facts.tasks.some(task => task.term?.value === term))
            .map(term => ({
                title: text(context, TITLE.addTask, { term: keywordLabel(term, 'TermClause')?.[context.locale] ?? term }),
                apply: (edits: PlanEdits) => {
                    const name = unusedName(term === 'short' ? 'ShortTerm' : 'LongTerm', context.facts.elementsByName);
                    edits.addPlanItem(context.plan, block(`task ${name} ${quoted(context, PLACEHOLDER.task)}`, newTaskClauses(context, term)), ['Task']);
                }
            }));
    },
    'short-term-agenda': agendaFix(),
    'long-term-agenda': agendaFix()
};
