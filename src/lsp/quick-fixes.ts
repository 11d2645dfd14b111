import type { AstNode, LangiumDocument } from 'langium';
import {
    PUBLIC_FUND_VALUES, RECOMMENDED_RESPONSES, TERMS, VISION_CHOICES, type RequiredListClause
} from '../analysis/prescriptions.js';
import type { RuleId } from '../analysis/catalogue.js';
import { closestWaivableRule } from '../analysis/catalogue.js';
import type { AgencyFacts, FundFacts, PlanFacts } from '../analysis/facts.js';
import type { KeywordList } from '../analysis/findings.js';
import { fillTemplate, type Locale, type Localized } from '../analysis/locale.js';
import { describeKeyword, keywordLabel } from '../analysis/vocabulary.js';
import { isHorizonClause, isNetworkKindClause, isPeriodClause, isProblem, isPurposeClause, isWaiver, type Plan } from '../grammar/generated/ast.js';
import type { PlanDiagnosticData } from '../language/document-validator.js';
import { ACTOR_ELEMENT_TYPES, ACTOR_TYPES } from './grammar-roles.js';
import { unusedName, type PlanEdits } from './plan-edits.js';

/**
 * The quick fixes of each rule, as data keyed by rule id: what to insert or change so that
 * the rule is satisfied, with placeholders (`"<…>"`, `0 억원`) for what only the planner knows.
 * A fix reads what the check found from the diagnostic's data and element.
 */

export interface FixContext {
    readonly document: LangiumDocument;
    readonly plan: Plan;
    readonly facts: PlanFacts;
    /** The data of the diagnostic being fixed: its finding's message and arguments. */
    readonly data: PlanDiagnosticData;
    /** The element the finding points at, found again by its path. */
    readonly node?: AstNode;
    readonly locale: Locale;
}

export interface FixProposal {
    readonly title: string;
    readonly apply: (edits: PlanEdits) => void;
}

type FixMaker = (context: FixContext) => FixProposal[];

/** Placeholder texts the planner replaces; quoted so that the plan stays valid. */
const PLACEHOLDER = {
    agency: { ko: '<전담기구 이름>', en: '<agency name>' },
    champion: { ko: '<챔피언 이름>', en: '<champion name>' },
    role: { ko: '<맡을 역할>', en: '<role>' },
    institution: { ko: '<세계적 수준의 대학·연구기관>', en: '<world-class university or institute>' },
    firm: { ko: '<스타기업 이름>', en: '<star firm name>' },
    fund: { ko: '<민관 공동 펀드 이름>', en: '<joint fund name>' },
    industry: { ko: '<대형 병원·제약사 이름>', en: '<large hospital or pharma company>' },
    network: { ko: '<네트워크 이름>', en: '<network name>' },
    link: { ko: '<해외 핵심클러스터>', en: '<core overseas cluster>' },
    channel: { ko: '<교류 채널>', en: '<exchange channel>' },
    task: { ko: '<과제 이름>', en: '<task title>' },
    ip: { ko: '<지식재산 보호장치>', en: '<intellectual-property safeguard>' },
    vision: { ko: '<지역의 차별화된 발전비전>', en: '<the region\'s differentiated vision>' },
    summary: { ko: '<지역 바이오산업 현황>', en: '<the region\'s bio-industry today>' },
    strength: { ko: '<강점>', en: '<strength>' },
    weakness: { ko: '<약점>', en: '<weakness>' },
    consensus: { ko: '<여야·대학·기업이 합의한 내용>', en: '<what parties, universities and firms agreed>' }
} satisfies Record<string, Localized>;

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
    addGoals: { ko: '과제 {task}에 목표 추가: {goals}', en: 'Add goals to task {task}: {goals}' },
    addAgency: { ko: '전담기구(agency) 추가: independent, budget, survey 포함', en: 'Add an agency with independent, budget and survey' },
    addIndependent: { ko: '전담기구 {name}에 independent 추가 (지자체 조직에서 독립)', en: 'Add independent to agency {name}' },
    addBudget: { ko: '전담기구 {name}에 독립 예산(budget) 추가', en: 'Add a budget to agency {name}' },
    addSurvey: { ko: '전담기구 {name}에 기업 니즈 정기 조사(survey quarterly) 추가', en: 'Add survey quarterly to agency {name}' },
    privateLed: { ko: '민간 주도로 정하기: leadership private', en: 'Make it private-led: leadership private' },
    addChampion: { ko: '챔피언(champion) 추가', en: 'Add a champion' },
    addInstitution: { ko: '세계적 수준의 기관 추가: institution … { tier global }', en: 'Add a world-class institution: institution … { tier global }' },
    addScientists: { ko: '{name}에 스타급 과학자 유치(scientists) 추가', en: 'Add star scientists (scientists) to {name}' },
    markStar: { ko: '기업 {name}을(를) 스타기업(star)으로 표시', en: 'Mark firm {name} as star' },
    addStarFirm: { ko: '스타기업(firm … { star }) 추가', en: 'Add a star firm: firm … { star }' },
    addPrivateFund: { ko: '민관 공동 펀드(source joint) 추가', en: 'Add a joint fund (source joint)' },
    setFundClause: { ko: '펀드 {name}에 {clause} 지정', en: 'Set {clause} in fund {name}' },
    noSubsidy: { ko: '펀드 {name}의 용도를 투자(purpose investment)로 바꾸기', en: 'Change the purpose of fund {name} to investment' },
    addValues: { ko: '{clause}에 추가: {values}', en: 'Add to {clause}: {values}' },
    addIndustry: { ko: '수요 연관산업 추가: industry … { kind hospital }', en: 'Add a demand industry: industry … { kind hospital }' },
    addIp: { ko: '지식재산 보호장치(ip) 추가', en: 'Add an ip safeguard' },
    addResponse: { ko: '권장 대응 추가: response {response}', en: 'Add the recommended response: response {response}' },
    addNetwork: { ko: '비즈니스 네트워크(network … { kind business }) 추가', en: 'Add a business network: network … { kind business }' },
    businessNetwork: { ko: '네트워크 {name}을(를) 비즈니스 네트워크(kind business)로 바꾸기', en: 'Make network {name} a business network (kind business)' },
    addOffers: { ko: '네트워크 {name}에 제공 서비스(offers market, foresight) 추가', en: 'Add services (offers market, foresight) to network {name}' },
    addOverseasLink: { ko: '해외 핵심클러스터 연계(link … { scope overseas }) 추가', en: 'Add an overseas link: link … { scope overseas }' },
    addOwner: { ko: '과제 {name}의 책임 주체를 {owner}(으)로 정하기', en: 'Make {owner} the owner of task {name}' },
    addOwnerAgency: { ko: '전담기구 {owner}를 만들어 과제 {name}의 책임 주체로 정하기', en: 'Set up agency {owner} and make it the owner of task {name}' },
    swapPeriod: { ko: '시작과 끝 연도 바꾸기: {start} to {end}', en: 'Swap the years: {start} to {end}' },
    renameWaiver: { ko: '"{rule}"(으)로 고치기', en: 'Change it to "{rule}"' },
    deleteWaiver: { ko: '필요 없는 예외 지우기', en: 'Remove the unneeded waiver' }
} satisfies Record<string, Localized>;

const PLAN_CLAUSES = ['RegionClause', 'HorizonClause', 'LeadershipClause', 'LanguageClause', 'ServicesClause', 'EnvironmentClause', 'IncentivesClause', 'IpClause'];

const text = (context: FixContext, localized: Localized, args: Record<string, string | number> = {}) =>
    fillTemplate(localized[context.locale], Object.fromEntries(Object.entries(args).map(([key, value]) => [key, String(value)])));
const quoted = (context: FixContext, placeholder: Localized) => `"${placeholder[context.locale]}"`;

const block = (head: string, clauses: readonly string[]) => [`${head} {`, ...clauses.map(clause => `    ${clause}`), '}'].join('\n');

const overseasLink = (context: FixContext, name: string) =>
    block(`link ${name} ${quoted(context, PLACEHOLDER.link)}`, ['scope overseas', `channel ${quoted(context, PLACEHOLDER.channel)}`]);

const one = (title: string, apply: (edits: PlanEdits) => void): FixProposal[] => [{ title, apply }];

function agencyAt(context: FixContext): AgencyFacts | undefined {
    return context.facts.agencies.find(agency => agency.node === context.node);
}

function fundAt(context: FixContext): FundFacts | undefined {
    return context.facts.funds.find(fund => fund.node === context.node);
}

/** The keywords a finding names as missing (`{missing}`), in the check's order. */
function missingKeywords(context: FixContext): readonly string[] {
    const missing = context.data.args.missing;
    return typeof missing === 'object' && 'keywords' in missing ? (missing as KeywordList).keywords : [];
}

/** Puts a fund clause to the wanted value: replaces a wrong value or adds the clause. */
function fundClauseFix(clause: keyof typeof PUBLIC_FUND_VALUES): FixMaker {
    const value = PUBLIC_FUND_VALUES[clause];
    return context => {
        const fund = fundAt(context);
        if (!fund) {
            return [];
        }
        const existing = fund[clause];
        return one(text(context, TITLE.setFundClause, { name: fund.node.name, clause: `${clause} ${value}` }), edits => existing
            ? edits.replaceProperty(existing, 'value', value)
            : edits.addToBlock(fund.node, `${clause} ${value}`));
    };
}

/** Adds the missing values to a plan-level list clause, or the clause itself. */
function listFix(clause: RequiredListClause, type: string): FixMaker {
    return context => {
        const present = context.facts[clause];
        const missing = missingKeywords(context);
        if (missing.length === 0) {
            return [];
        }
        return one(text(context, TITLE.addValues, { clause, values: missing.join(', ') }), edits => present
            ? edits.appendToList(present, missing)
            : edits.addPlanItem(context.plan, `${clause} ${missing.join(', ')}`, [type, ...PLAN_CLAUSES]));
    };
}

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

/** The quick fixes of the rules that have any, by rule id. */
export type QuickFixTable = { readonly [Id in RuleId]?: FixMaker };

export const QUICK_FIXES: QuickFixTable = {
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
    'long-term-agenda': agendaFix(),
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
        ['Champion', 'Agency', 'Vision', 'Assessment', ...PLAN_CLAUSES])),
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
    'private-capital': context => one(text(context, TITLE.addPrivateFund), edits => edits.addPlanItem(context.plan,
        block(`fund ${unusedName('JointFund', context.facts.elementsByName)} ${quoted(context, PLACEHOLDER.fund)}`,
            ['source joint', 'amount 0 억원', ...Object.entries(PUBLIC_FUND_VALUES).map(([clause, value]) => `${clause} ${value}`), 'purpose investment']),
        ['Fund', ...ACTOR_ELEMENT_TYPES])),
    'competitive-selection': fundClauseFix('selection'),
    'fund-audit': fundClauseFix('audit'),
    'staged-review': fundClauseFix('review'),
    'no-subsidy': context => {
        const purpose = context.node;
        const fund = isPurposeClause(purpose) ? context.facts.funds.find(candidate => candidate.purpose === purpose) : undefined;
        return fund?.purpose
            ? one(text(context, TITLE.noSubsidy, { name: fund.node.name }), edits => edits.replaceProperty(fund.purpose!, 'value', 'investment'))
            : [];
    },
    'support-services': listFix('services', 'ServicesClause'),
    'living-environment': listFix('environment', 'EnvironmentClause'),
    'business-incentives': listFix('incentives', 'IncentivesClause'),
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
        return one(text(context, TITLE.addResponse, { response: describeKeyword(response, context.locale, 'PolicyResponse') }), edits => existing
            ? edits.appendToList(existing, [response])
            : edits.addToBlock(problem.node, `response ${response}`));
    },
    'network-required': context => one(text(context, TITLE.addNetwork), edits => edits.addPlanItem(context.plan,
        block(`network ${unusedName('BusinessNetwork', context.facts.elementsByName)} ${quoted(context, PLACEHOLDER.network)}`, ['kind business', 'offers market, foresight']),
        ['Network', 'Fund', ...ACTOR_ELEMENT_TYPES])),
    'business-network': context => {
        const kind = context.node;
        const network = isNetworkKindClause(kind) ? context.facts.networks.find(candidate => candidate.kind === kind) : undefined;
        return network?.kind
            ? one(text(context, TITLE.businessNetwork, { name: network.node.name }), edits => edits.replaceProperty(network.kind!, 'value', 'business'))
            : [];
    },
    'network-services': context => {
        const network = context.facts.networks.find(candidate => candidate.node === context.node);
        return network ? one(text(context, TITLE.addOffers, { name: network.node.name }), edits => edits.addToBlock(network.node, 'offers market, foresight')) : [];
    },
    'overseas-link': context => one(text(context, TITLE.addOverseasLink), edits => edits.addPlanItem(context.plan,
        overseasLink(context, unusedName('OverseasLink', context.facts.elementsByName)), ['Link', 'Network', 'Fund', ...ACTOR_ELEMENT_TYPES])),
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
    'period-order': context => {
        const span = context.node;
        if (!isHorizonClause(span) && !isPeriodClause(span)) {
            return [];
        }
        const { start, end } = span;
        return one(text(context, TITLE.swapPeriod, { start: end, end: start }),
            edits => edits.replaceProperty(span, 'start', String(end)).replaceProperty(span, 'end', String(start)));
    },
    'waiver-unknown-rule': context => {
        const waiver = isWaiver(context.node) ? context.node : undefined;
        const suggestion = waiver && closestWaivableRule(waiver.rule ?? '');
        return waiver && suggestion
            ? one(text(context, TITLE.renameWaiver, { rule: suggestion }), edits => edits.replaceProperty(waiver, 'rule', `"${suggestion}"`))
            : [];
    },
    'waiver-unused': context => {
        const waiver = isWaiver(context.node) ? context.node : undefined;
        return waiver ? one(text(context, TITLE.deleteWaiver), edits => edits.deleteLine(waiver)) : [];
    }
};

const WAIVE_TITLE: Localized = { ko: '이 계획에서 "{rule}" 규칙 예외 처리 (사유 적기)', en: 'Waive "{rule}" in this plan, with a reason' };
const REASON_PLACEHOLDER: Localized = { ko: '<사유>', en: '<reason>' };

/** "Waive this rule with a reason": a `waive` line at the end of the plan. */
export function waiverFix(context: Omit<FixContext, 'data' | 'node'>, ruleId: RuleId): FixProposal {
    return {
        title: fillTemplate(WAIVE_TITLE[context.locale], { rule: ruleId }),
        apply: edits => { edits.addAtPlanEnd(context.plan, `waive "${ruleId}" because "${REASON_PLACEHOLDER[context.locale]}"`); }
    };
}
