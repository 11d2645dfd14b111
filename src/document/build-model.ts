import type { LangiumDocument } from 'langium';
import { PLAN_CATEGORIES, RULES, type RuleEntry, type RuleId } from '../analysis/catalogue.js';
import { VALUE_CHAIN_SEGMENTS, VISION_CHOICES } from '../analysis/prescriptions.js';
import type { PlanAnalysis } from '../analysis/engine.js';
import type { PlanFacts, TaskFacts } from '../analysis/facts.js';
import type { Finding } from '../analysis/findings.js';
import { DEFAULT_LOCALE, type Locale } from '../analysis/locale.js';
import { formatFinding } from '../analysis/messages.js';
import { formatEok, formatNumber, KRW_PER_USD, toEok } from '../analysis/money.js';
import type { Money, Plan } from '../grammar/generated/ast.js';
import { cellValue, label, type DocumentLabel } from './labels.js';
import { markUnwritten } from './unwritten.js';
import type {
    Block, Chapter, GanttData, GanttTask, KeyValue, MapActor, MapLink, NetworkMapData, PlanDocumentModel, ScorecardBlock, ScorecardRow,
    ValueChainSegment
} from './model.js';
import { overallScore, scoreByCategory, type CategoryScore } from '../analysis/scorecard.js';
import { targetRange } from '../language/document-validator.js';

export interface BuildOptions {
    /** Overrides the plan's own `language` clause. */
    readonly locale?: Locale;
}

/** A named element as referenced: its name in the plan and its title in words. */
interface Titled {
    readonly name: string;
    readonly title: string;
}

/** The language a plan's document is written in: the command-line choice, else the plan's `language`, else Korean. */
function documentLocale(facts: PlanFacts, override?: Locale): Locale {
    return override ?? facts.language?.value ?? DEFAULT_LOCALE;
}

/** Builds the one document model of a checked plan, in the report's roadmap order. */
export function buildDocumentModel(document: LangiumDocument<Plan>, analysis: PlanAnalysis, options: BuildOptions = {}): PlanDocumentModel {
    const { facts } = analysis;
    const locale = documentLocale(facts, options.locale);
    const t = (key: DocumentLabel, args?: Record<string, string | number>) => label(key, locale, args);
    const scores = scoreByCategory(analysis.statuses);
    const overall = overallScore(scores);

    const cover: KeyValue[] = [];
    if (facts.region) {
        cover.push({ label: t('region'), value: facts.region.text });
    }
    if (facts.horizon) {
        cover.push({ label: t('horizon'), value: horizonText(facts, locale) });
    }
    if (facts.vision) {
        cover.push({ label: t('visionStatement'), value: facts.vision.node.statement });
    }
    cover.push({ label: t('overallScore'), value: scoreText(overall, locale) });

    const builders: ReadonlyArray<[Chapter['id'], DocumentLabel, () => Block[]]> = [
        ['assessment', 'chapterAssessment', () => assessmentChapter(facts, locale)],
        ['vision', 'chapterVision', () => visionChapter(facts, locale)],
        ['governance', 'chapterGovernance', () => governanceChapter(facts, locale)],
        ['innovation', 'chapterInnovation', () => innovationChapter(facts, locale)],
        ['networks', 'chapterNetworks', () => networksChapter(facts, locale)],
        ['tasks', 'chapterTasks', () => tasksChapter(facts, locale)],
        ['budget', 'chapterBudget', () => budgetChapter(facts, locale)],
        ['scorecard', 'chapterScorecard', () => [scorecardBlock(document, analysis, scores, locale)]]
    ];
    return markUnwritten({
        locale,
        title: facts.plan.title ?? facts.plan.name ?? '',
        subtitle: t('documentKind'),
        cover,
        basedOn: t('basedOn'),
        contentsTitle: t('contents'),
        chapters: builders.map(([id, title, build], index) => ({ id, number: index + 1, title: t(title), blocks: build() }))
    }, facts.plan, locale);
}

// ---- chapter 1: assessment ----------------------------------------------------------

function assessmentChapter(facts: PlanFacts, locale: Locale): Block[] {
    const t = (key: DocumentLabel) => label(key, locale);
    const blocks: Block[] = [];
    const entries = facts.assessment?.entries ?? [];
    if (!facts.assessment) {
        blocks.push({ kind: 'note', text: t('noAssessment') });
    }
    const texts = (kind: string) => entries.filter(entry => entry.kind === kind).map(entry => entry.text);
    for (const text of texts('summary')) {
        blocks.push({ kind: 'paragraph', text, lead: true });
    }
    for (const [kind, heading] of [['strength', 'strengths'], ['weakness', 'weaknesses'], ['consensus', 'consensus']] as const) {
        const items = texts(kind);
        if (items.length > 0) {
            blocks.push({ kind: 'heading', text: t(heading) }, { kind: 'list', items });
        }
    }
    if (facts.problems.length > 0) {
        blocks.push({ kind: 'heading', text: t('problems') }, {
            kind: 'table',
            columns: [t('problemKind'), t('description'), t('responses')],
            rows: facts.problems.map(problem => [
                cellValue(problem.node.kind, locale, 'ProblemKind'),
                problem.node.description ?? '',
                (problem.response?.responses ?? []).map(response => cellValue(response, locale, 'PolicyResponse')).join(', ') || t('none')
            ])
        });
    }
    return blocks;
}

// ---- chapter 2: vision and strategy -------------------------------------------------

function visionChapter(facts: PlanFacts, locale: Locale): Block[] {
    const t = (key: DocumentLabel, args?: Record<string, string>) => label(key, locale, args);
    const vision = facts.vision;
    if (!vision) {
        return [{ kind: 'note', text: t('noVision') }];
    }
    const blocks: Block[] = [{ kind: 'paragraph', text: vision.node.statement, lead: true }];
    blocks.push({ kind: 'heading', text: t('choices') }, {
        kind: 'table',
        columns: [t('choice'), t('chosen'), t('alternative')],
        rows: VISION_CHOICES.map(({ clause, options }) => {
            const chosen = vision[clause]?.value;
            const alternatives = options.filter(option => option !== chosen);
            return [
                cellValue(clause, locale),
                chosen ? cellValue(chosen, locale) : t('notGiven'),
                alternatives.map(option => cellValue(option, locale)).join(' / ')
            ];
        })
    });
    const positioned = new Set<string>(vision.position?.segments ?? []);
    const outsourced = new Set<string>(vision.outsource?.segments ?? []);
    const via = vision.outsource?.link?.ref?.title ?? vision.outsource?.link?.$refText ?? '';
    const segments: ValueChainSegment[] = VALUE_CHAIN_SEGMENTS.map(segment => {
        const state = positioned.has(segment) ? 'positioned' : outsourced.has(segment) ? 'outsourced' : 'none';
        return {
            label: cellValue(segment, locale, 'Segment'),
            state,
            stateLabel: state === 'positioned' ? t('positioned') : state === 'outsourced' ? t('outsourced') : t('notCovered'),
            via: state === 'outsourced' && via ? via : undefined
        };
    });
    blocks.push({ kind: 'heading', text: t('valueChain') }, { kind: 'valueChain', caption: t('valueChain'), columns: [t('segment'), t('role')], segments });
    return blocks;
}

// ---- chapter 3: governance ----------------------------------------------------------

function governanceChapter(facts: PlanFacts, locale: Locale): Block[] {
    const t = (key: DocumentLabel) => label(key, locale);
    const blocks: Block[] = [{ kind: 'keyValues', rows: [{ label: t('leadership'), value: cellValue(facts.leadership?.value, locale, 'LeadershipClause') }] }];
    blocks.push({ kind: 'heading', text: t('agencies') }, ...tableOrNote(locale,
        [t('name'), t('independent'), t('operator'), t('budget'), t('mandate'), t('survey'), t('coordinates')],
        facts.agencies.map(agency => [
            agency.node.title, agency.independent ? t('yes') : t('no'), cellValue(agency.operator?.value, locale, 'OperatorClause'),
            moneyText(agency.budget?.money, locale), agency.mandate?.text ?? t('notGiven'), cellValue(agency.survey?.cadence, locale, 'Cadence'),
            referenceTitles(agency.coordinates?.governments ?? [], locale)
        ]), [3]));
    blocks.push({ kind: 'heading', text: t('champions') }, ...tableOrNote(locale, [t('name'), t('role'), t('origin')],
        facts.champions.map(champion => [champion.node.title, champion.role?.text ?? t('notGiven'), cellValue(champion.origin?.value, locale, 'OriginClause')])));
    blocks.push({ kind: 'heading', text: t('governments') }, ...tableOrNote(locale, [t('name'), t('level')],
        facts.governments.map(government => [government.node.title, cellValue(government.level?.value, locale, 'LevelClause')])));
    return blocks;
}

// ---- chapter 4: innovation base -----------------------------------------------------

function innovationChapter(facts: PlanFacts, locale: Locale): Block[] {
    const t = (key: DocumentLabel) => label(key, locale);
    const blocks: Block[] = [];
    blocks.push({ kind: 'heading', text: t('institutions') }, ...tableOrNote(locale, [t('name'), t('type'), t('tier'), t('origin'), t('scientists')],
        facts.institutions.map(institution => [
            institution.node.title, cellValue(institution.type?.value, locale, 'InstitutionTypeClause'), cellValue(institution.tier?.value, locale, 'TierClause'),
            cellValue(institution.origin?.value, locale, 'OriginClause'), institution.scientists ? String(institution.scientists.count) : t('none')
        ]), [4]));
    blocks.push({ kind: 'heading', text: t('firms') }, ...tableOrNote(locale, [t('name'), t('star'), t('origin'), t('stage')],
        facts.firms.map(firm => [firm.node.title, firm.star ? t('yes') : t('no'), cellValue(firm.origin?.value, locale, 'OriginClause'), cellValue(firm.stage?.value, locale, 'StageClause')])));
    blocks.push({ kind: 'heading', text: t('industries') }, ...tableOrNote(locale, [t('name'), t('kind')],
        facts.industries.map(industry => [industry.node.title, cellValue(industry.kind?.value, locale, 'IndustryKindClause')])));
    blocks.push({ kind: 'heading', text: t('funds') }, ...tableOrNote(locale,
        [t('name'), t('source'), t('amount'), t('selection'), t('audit'), t('review'), t('purpose')],
        facts.funds.map(fund => [
            fund.node.title, cellValue(fund.source?.value, locale, 'SourceClause'), moneyText(fund.amount?.money, locale),
            cellValue(fund.selection?.value, locale, 'SelectionClause'), cellValue(fund.audit?.value, locale, 'AuditClause'),
            cellValue(fund.review?.value, locale, 'ReviewClause'), cellValue(fund.purpose?.value, locale, 'PurposeClause')
        ]), [2]));
    const words = (values: readonly string[] | undefined, rule: string) =>
        values && values.length > 0 ? values.map(value => cellValue(value, locale, rule)).join(', ') : t('none');
    blocks.push({ kind: 'heading', text: t('supportEnvironment') }, {
        kind: 'keyValues',
        rows: [
            { label: t('services'), value: words(facts.services?.values, 'ServiceKind') },
            { label: t('environment'), value: words(facts.environment?.values, 'EnvironmentKind') },
            { label: t('incentives'), value: words(facts.incentives?.values, 'IncentiveKind') },
            { label: t('ip'), value: facts.ip?.text ?? t('none') }
        ]
    });
    return blocks;
}

// ---- chapter 5: networks ------------------------------------------------------------

function networksChapter(facts: PlanFacts, locale: Locale): Block[] {
    const t = (key: DocumentLabel, args?: Record<string, string>) => label(key, locale, args);
    if (facts.networks.length === 0 && facts.links.length === 0) {
        return [{ kind: 'note', text: t('noNetworks') }];
    }
    const blocks: Block[] = [{ kind: 'heading', text: t('networkMap') }, { kind: 'networkMap', caption: t('networkMap'), map: networkMap(facts, locale) }];
    blocks.push({ kind: 'heading', text: t('networks') }, ...tableOrNote(locale,
        [t('name'), t('kind'), t('members'), t('host'), t('meets'), t('offers'), t('bridges')],
        facts.networks.map(network => [
            network.node.title,
            cellValue(network.kind?.value, locale, 'NetworkKindClause'),
            referenceTitles(network.members?.members ?? [], locale),
            network.host ? titleOf(network.host.host) : t('notGiven'),
            cellValue(network.meets?.cadence, locale, 'Cadence'),
            (network.offers?.values ?? []).map(offer => cellValue(offer, locale, 'NetworkOffer')).join(', ') || t('none'),
            network.bridges.map(bridge => t('bridgeVia', { network: titleOf(bridge.network), via: titleOf(bridge.via) })).join('; ') || t('none')
        ])));
    blocks.push({ kind: 'heading', text: t('links') }, ...tableOrNote(locale, [t('name'), t('scope'), t('channel'), t('partner')],
        facts.links.map(link => [
            link.node.title, cellValue(link.scope?.value, locale, 'LinkScopeClause'), link.channel?.text ?? t('notGiven'),
            link.partner ? titleOf(link.partner.partner) : t('notGiven')
        ])));
    return blocks;
}

function networkMap(facts: PlanFacts, locale: Locale): NetworkMapData {
    const t = (key: DocumentLabel, args?: Record<string, string | number>) => label(key, locale, args);
    const inNetworks = new Set<string>();
    const links: MapLink[] = facts.links.map(link => ({
        key: link.node.name,
        label: link.node.title,
        overseas: link.scope?.value === 'overseas',
        scopeLabel: cellValue(link.scope?.value, locale, 'LinkScopeClause'),
        partner: link.partner?.partner?.ref?.name
    }));
    const networks = facts.networks.map(network => {
        const hostName = network.host?.host?.ref?.name;
        const members: MapActor[] = network.memberActors.map(actor => ({ key: actor.name, label: actor.title, host: actor.name === hostName }));
        const host = network.host?.host?.ref;
        if (host && !members.some(member => member.key === host.name)) {
            members.push({ key: host.name, label: host.title, host: true });
        }
        members.forEach(member => inNetworks.add(member.key));
        const memberKeys = new Set(members.map(member => member.key));
        const ownLinks = links.filter(link => link.partner !== undefined && memberKeys.has(link.partner));
        return {
            key: network.node.name,
            label: network.node.title,
            subtitle: cellValue(network.kind?.value, locale, 'NetworkKindClause'),
            members,
            bridges: network.bridges.filter(bridge => bridge.network?.ref).map(bridge => ({
                toNetwork: bridge.network.ref!.name,
                viaLabel: titleOf(bridge.via)
            })),
            summary: {
                counts: t('mapOverviewCounts', { members: members.length, links: ownLinks.length }),
                host: t('mapOverviewHost', { host: host ? host.title : t('notGiven') })
            }
        };
    });
    const looseActors: MapActor[] = [];
    for (const link of facts.links) {
        const partner = link.partner?.partner?.ref;
        if (partner && !inNetworks.has(partner.name) && !looseActors.some(actor => actor.key === partner.name)) {
            looseActors.push({ key: partner.name, label: partner.title, host: false });
        }
    }
    return {
        networks, links, looseActors,
        looseTitle: t('otherActors'),
        legend: { host: t('mapLegendHost'), bridge: t('mapLegendBridge'), overseas: t('mapLegendOverseas'), domestic: t('mapLegendDomestic') },
        overview: {
            caption: t('figureOverview', { caption: t('networkMap') }),
            note: t('mapOverviewNote', { networks: networks.length, actors: inNetworks.size + looseActors.length })
        }
    };
}

// ---- chapter 6: tasks ---------------------------------------------------------------

function tasksChapter(facts: PlanFacts, locale: Locale): Block[] {
    const t = (key: DocumentLabel, args?: Record<string, string | number>) => label(key, locale, args);
    if (facts.tasks.length === 0) {
        return [{ kind: 'note', text: t('noTasks') }];
    }
    const rows = facts.tasks.map(task => [
        task.node.name,
        task.node.title,
        task.term ? cellValue(task.term.value, locale, 'TermClause') : t('termUnset'),
        ownerText(task, locale),
        task.period ? t('periodValue', { start: task.period.start, end: task.period.end }) : t('noPeriod'),
        moneyText(task.budget?.money, locale),
        (task.goals?.goals ?? []).map(goal => cellValue(goal, locale, 'Goal')).join(', ') || t('none'),
        (task.after?.tasks ?? []).map(reference => reference.$refText).join(', ') || '—'
    ]);
    const blocks: Block[] = [
        { kind: 'heading', text: t('tasks') },
        { kind: 'table', columns: [t('taskId'), t('task'), t('term'), t('owner'), t('period'), t('budget'), t('goals'), t('after')], rows, numericColumns: [5], compactColumns: [0, 2, 4] }
    ];
    const chart = gantt(facts, locale);
    if (chart) {
        blocks.push({ kind: 'heading', text: t('timeline') }, { kind: 'gantt', caption: t('timeline'), chart });
    }
    blocks.push({ kind: 'heading', text: t('talentTracks') }, {
        kind: 'table',
        columns: [t('track'), t('tasks'), t('budget')],
        rows: TALENT_TRACKS.map(goal => {
            const tracked = facts.tasks.filter(task => task.goals?.goals.includes(goal));
            return [
                cellValue(goal, locale, 'Goal'),
                tracked.map(task => `${task.node.name} ${task.node.title}`).join(', ') || t('noTrackTask'),
                formatEok(tracked.reduce((sum, task) => sum + (task.budget?.money ? toEok(task.budget.money) : 0), 0))
            ];
        }),
        numericColumns: [2]
    });
    return blocks;
}

/** The two tracks of people the report trains apart: advanced researchers and the skilled workforce. */
const TALENT_TRACKS = ['researchers', 'workforce'] as const;

/** The years shown run over the horizon, widened to tasks that run past it (at most 60 years). */
function gantt(facts: PlanFacts, locale: Locale): GanttData | undefined {
    const t = (key: DocumentLabel, args?: Record<string, string | number>) => label(key, locale, args);
    const years = facts.tasks.flatMap(task => task.period && task.period.start <= task.period.end ? [task.period.start, task.period.end] : []);
    const startYear = facts.horizon?.start ?? (years.length > 0 ? Math.min(...years) : undefined);
    if (startYear === undefined) {
        return undefined;
    }
    const endYear = Math.max(startYear, facts.horizon?.end ?? startYear, ...years.filter(year => year >= startYear));
    const tasks: GanttTask[] = facts.tasks.map(task => {
        const period = task.period;
        const valid = period !== undefined && period.start <= period.end;
        return {
            key: task.node.name,
            label: `${task.node.name} ${task.node.title}`,
            term: task.term?.value,
            start: valid ? period.start : undefined,
            end: valid ? period.end : undefined,
            problem: period === undefined ? t('noPeriod') : valid ? undefined : t('badPeriod'),
            after: task.predecessors.map(predecessor => predecessor.name)
        };
    });
    const uncounted = tasks.filter(task => task.start === undefined).length;
    return {
        startYear,
        endYear: Math.min(endYear, startYear + 60),
        horizonEnd: facts.horizon?.end,
        horizonEndLabel: t('horizonEnd'),
        tasks,
        legend: { short: cellValue('short', locale, 'TermClause'), long: cellValue('long', locale, 'TermClause'), unset: t('termUnset'), arrow: t('ganttLegendArrow') },
        overview: {
            caption: t('figureOverview', { caption: t('timeline') }),
            note: [t('scheduleOverviewNote', { tasks: tasks.length }), ...(uncounted > 0 ? [t('scheduleOverviewUncounted', { count: uncounted })] : [])].join(' ')
        },
        columns: { task: t('task'), term: t('term') }
    };
}

// ---- chapter 7: funding -------------------------------------------------------------

function budgetChapter(facts: PlanFacts, locale: Locale): Block[] {
    const t = (key: DocumentLabel, args?: Record<string, string | number>) => label(key, locale, args);
    const blocks: Block[] = [];
    const byOwner = new Map<string, { eok: number; count: number }>();
    const byTerm = new Map<string, { eok: number; count: number }>();
    let total = 0;
    let unbudgeted = 0;
    for (const task of facts.tasks) {
        if (!task.budget?.money) {
            unbudgeted++;
            continue;
        }
        const eok = toEok(task.budget.money);
        total += eok;
        add(byOwner, ownerText(task, locale), eok);
        add(byTerm, task.term ? cellValue(task.term.value, locale, 'TermClause') : t('termUnset'), eok);
    }
    const rowsOf = (sums: Map<string, { eok: number; count: number }>) =>
        [...sums].map(([name, sum]) => [name, String(sum.count), formatEok(sum.eok)]);
    const totalRow = [t('total'), String(facts.tasks.length - unbudgeted), formatEok(total)];
    blocks.push({ kind: 'heading', text: t('byOwner') },
        { kind: 'table', columns: [t('owner'), t('taskCount'), t('budget')], rows: rowsOf(byOwner), totalRow, numericColumns: [1, 2] });
    blocks.push({ kind: 'heading', text: t('byTerm') },
        { kind: 'table', columns: [t('term'), t('taskCount'), t('budget')], rows: rowsOf(byTerm), totalRow, numericColumns: [1, 2] });
    if (unbudgeted > 0) {
        blocks.push({ kind: 'keyValues', rows: [{ label: t('unbudgeted'), value: String(unbudgeted) }] });
    }
    const other = [
        ...facts.agencies.filter(agency => agency.budget?.money).map(agency => [agency.node.title, t('agencies'), formatEok(toEok(agency.budget!.money))]),
        ...facts.funds.filter(fund => fund.amount?.money).map(fund => [fund.node.title, t('funds'), formatEok(toEok(fund.amount!.money))])
    ];
    if (other.length > 0) {
        blocks.push({ kind: 'heading', text: t('otherMoney') }, { kind: 'table', columns: [t('name'), t('kind'), t('amount')], rows: other, numericColumns: [2] });
    }
    if (facts.funds.length > 0) {
        blocks.push({ kind: 'heading', text: t('fundsByPurpose') }, fundsByPurpose(facts, locale));
    }
    const amounts = [...facts.tasks.map(task => task.budget?.money), ...facts.agencies.map(agency => agency.budget?.money), ...facts.funds.map(fund => fund.amount?.money)];
    const usd = amounts.some(money => money?.unit === 'USD');
    blocks.push({ kind: 'note', text: usd ? `${t('eokNote')} ${t('usdNote', { rate: formatNumber(KRW_PER_USD) })}` : t('eokNote') });
    return blocks;
}

/** The three sources of fund money; a fund without a source is public money, as the rules read it. */
const MONEY_SOURCES = ['public', 'joint', 'private'] as const;

/** The funds' money by purpose and source, so that R&D and facilities and public and private money can be compared. */
function fundsByPurpose(facts: PlanFacts, locale: Locale): Block {
    const t = (key: DocumentLabel) => label(key, locale);
    const empty = () => MONEY_SOURCES.map(() => 0);
    const sums = new Map<string, number[]>();
    for (const fund of facts.funds) {
        const purpose = fund.purpose ? cellValue(fund.purpose.value, locale, 'PurposeClause') : t('purposeUnset');
        const sum = sums.get(purpose) ?? empty();
        sum[MONEY_SOURCES.indexOf(fund.source?.value ?? 'public')] += fund.amount ? toEok(fund.amount.money) : 0;
        sums.set(purpose, sum);
    }
    const total = [...sums.values()].reduce((all, sum) => all.map((value, i) => value + sum[i]), empty());
    const row = (name: string, sum: readonly number[]) => [name, ...sum.map(formatEok), formatEok(sum.reduce((a, b) => a + b, 0))];
    return {
        kind: 'table',
        columns: [t('purpose'), ...MONEY_SOURCES.map(source => cellValue(source, locale, 'SourceClause')), t('total')],
        rows: [...sums].map(([name, sum]) => row(name, sum)),
        totalRow: row(t('total'), total),
        numericColumns: [1, 2, 3, 4]
    };
}

function add(sums: Map<string, { eok: number; count: number }>, key: string, eok: number): void {
    const sum = sums.get(key) ?? { eok: 0, count: 0 };
    sums.set(key, { eok: sum.eok + eok, count: sum.count + 1 });
}

// ---- chapter 8: principles scorecard ------------------------------------------------

function scorecardBlock(document: LangiumDocument, analysis: PlanAnalysis, scores: readonly CategoryScore[], locale: Locale): ScorecardBlock {
    const t = (key: DocumentLabel, args?: Record<string, string | number>) => label(key, locale, args);
    const findingsByRule = new Map<RuleId, Finding[]>();
    for (const finding of analysis.findings) {
        findingsByRule.set(finding.ruleId, [...findingsByRule.get(finding.ruleId) ?? [], finding]);
    }
    const statusLabels = { passed: t('statusPassed'), failed: t('statusFailed'), 'not-applicable': t('statusNotApplicable'), waived: t('statusWaived'), off: t('statusOff') };

    const rowFor = (rule: RuleEntry): ScorecardRow => {
        const status = analysis.statuses.get(rule.id) ?? 'not-applicable';
        const row = { ruleId: rule.id, principle: rule.principle[locale], status, statusLabel: statusLabels[status] };
        if (status === 'waived') {
            const waiver = analysis.waived.find(entry => entry.ruleId === rule.id);
            return { ...row, details: waiver ? [t('waivedBecause', { reason: waiver.reason })] : [], line: waiver?.waiver.$cstNode?.range.start.line };
        }
        const findings = status === 'failed' ? findingsByRule.get(rule.id) ?? [] : [];
        return {
            ...row,
            // The document quotes keywords in its own language, whatever the plan's spelling.
            details: findings.map(finding => formatFinding(finding, locale, locale)),
            line: findings.length > 0 ? targetRange(document, findings[0].target).start.line : undefined
        };
    };

    return {
        kind: 'scorecard',
        summaryTitle: t('scoreByCategory'),
        columns: { category: t('category'), score: t('score'), rule: t('rule'), principle: t('principle'), result: t('result'), detail: t('detail') },
        scoreRule: t('scoreRule'),
        categories: PLAN_CATEGORIES.map((category, index) => ({
            id: category.id,
            title: category.title[locale],
            scoreText: scoreText(scores[index], locale),
            percent: scores[index].percent,
            rows: RULES.filter(rule => rule.category === category.id).map(rowFor)
        }))
    };
}

// ---- shared wording -----------------------------------------------------------------

function scoreText(score: Pick<CategoryScore, 'met' | 'assessed' | 'percent'>, locale: Locale): string {
    return score.percent === undefined
        ? label('scoreNothing', locale)
        : label('scoreValue', locale, { met: score.met, assessed: score.assessed, percent: score.percent });
}

function horizonText(facts: PlanFacts, locale: Locale): string {
    const { start, end } = facts.horizon!;
    // A reversed horizon has no span to print; period-order reports it in the scorecard.
    return end < start
        ? label('horizonReversed', locale, { start, end })
        : label('horizonValue', locale, { start, end, years: end - start + 1 });
}

function moneyText(money: Money | undefined, locale: Locale): string {
    return money ? formatEok(toEok(money)) : label('notGiven', locale);
}

function ownerText(task: TaskFacts, locale: Locale): string {
    return task.ownerActor?.title ?? task.owner?.owner?.$refText ?? label('unknownOwner', locale);
}

function titleOf(reference: { ref?: Titled; $refText: string } | undefined): string {
    return reference?.ref?.title ?? reference?.$refText ?? '';
}

function referenceTitles(references: ReadonlyArray<{ ref?: Titled; $refText: string }>, locale: Locale): string {
    return references.map(reference => titleOf(reference)).join(', ') || label('none', locale);
}

function tableOrNote(locale: Locale, columns: string[], rows: string[][], numericColumns?: number[]): Block[] {
    return rows.length > 0 ? [{ kind: 'table', columns, rows, numericColumns }] : [{ kind: 'note', text: label('noneDeclared', locale) }];
}
