import type { LangiumDocument } from 'langium';
import { PLAN_CATEGORIES, PORTFOLIO_RULES, type RuleId } from '../analysis/catalogue.js';
import type { PlanAnalysis, RuleStatus } from '../analysis/engine.js';
import type { PlanFacts } from '../analysis/facts.js';
import type { Locale } from '../analysis/locale.js';
import { formatFinding } from '../analysis/messages.js';
import { formatEok, formatNumber, KRW_PER_USD, toEok } from '../analysis/money.js';
import { thresholdOf, type PortfolioAnalysis, type PortfolioThresholds } from '../analysis/portfolio.js';
import { comparableTitle, groupBy, plannedInvestment } from '../analysis/portfolio-facts.js';
import { VALUE_CHAIN_SEGMENTS } from '../analysis/prescriptions.js';
import { overallScore, scoreByCategory, type CategoryScore } from '../analysis/scorecard.js';
import { cellValue, label, type DocumentLabel } from './labels.js';
import type { Block, Chapter, KeyValue, PlanDocumentModel, RegionMatrixData } from './model.js';

/** A member plan of the portfolio document: where it was read from, and its analysis when it could be read. */
export interface PortfolioDocumentMember {
    readonly path: string;
    readonly document?: LangiumDocument;
    readonly analysis?: PlanAnalysis;
}

export interface PortfolioDocumentInput {
    readonly title: string;
    readonly thresholds: PortfolioThresholds;
    /** Every member plan, in the order of the portfolio; those without an analysis could not be read. */
    readonly members: readonly PortfolioDocumentMember[];
    /** The portfolio check over the members that could be read, in their order. */
    readonly portfolio: PortfolioAnalysis;
    readonly locale: Locale;
}

/** A member plan that was compared, with what the document shows of it. */
interface Region {
    readonly label: string;
    readonly path: string;
    readonly facts: PlanFacts;
    readonly scores: readonly CategoryScore[];
    readonly overall: Omit<CategoryScore, 'category'>;
    readonly investment: number;
}

/**
 * The portfolio document: the member plans side by side, as a ministry or a selection
 * committee reads them. Made of the plan document's blocks, so every renderer lays it out.
 */
export function buildPortfolioModel(input: PortfolioDocumentInput): PlanDocumentModel {
    const { locale } = input;
    const t = (key: DocumentLabel, args?: Record<string, string | number>) => label(key, locale, args);
    const readable = input.members.filter(member => member.analysis);
    const regions: Region[] = [];
    readable.forEach((member, index) => {
        const outcome = input.portfolio.members[index];
        if (outcome.compared) {
            const scores = scoreByCategory(member.analysis!.statuses);
            regions.push({
                label: outcome.label, path: member.path, facts: member.analysis!.facts, scores, overall: overallScore(scores),
                investment: plannedInvestment(member.analysis!.facts)
            });
        }
    });
    const findingCount = input.portfolio.members.reduce((sum, member) => sum + member.findings.length, 0);
    const totalInvestment = regions.reduce((sum, region) => sum + region.investment, 0);
    const cover: KeyValue[] = [
        { label: t('plansCompared'), value: t('plansComparedValue', { compared: regions.length, total: input.members.length }) },
        { label: t('totalInvestment'), value: formatEok(totalInvestment) },
        { label: t('portfolioFindingCount'), value: String(findingCount) }
    ];
    const builders: ReadonlyArray<[Chapter['id'], DocumentLabel, () => Block[]]> = [
        ['regions', 'chapterRegions', () => regionsChapter(regions, input)],
        ['positioning', 'chapterPositioning', () => positioningChapter(regions, locale)],
        ['money', 'chapterMoney', () => moneyChapter(regions, locale)],
        ['partners', 'chapterPartners', () => partnersChapter(regions, locale)],
        ['ranking', 'chapterRanking', () => rankingChapter(regions, totalInvestment, locale)],
        ['portfolio-findings', 'chapterPortfolioFindings', () => findingsChapter(input)]
    ];
    return {
        locale,
        title: input.title,
        subtitle: t('portfolioKind'),
        cover,
        basedOn: t('portfolioBasedOn'),
        contentsTitle: t('contents'),
        chapters: builders.map(([id, title, build], index) => ({ id, number: index + 1, title: t(title), blocks: build() }))
    };
}

const percentText = (score: Pick<CategoryScore, 'met' | 'assessed' | 'percent'>, locale: Locale) => score.percent === undefined
    ? label('scoreNothing', locale)
    : label('scoreValue', locale, { met: score.met, assessed: score.assessed, percent: score.percent });

// ---- 1: the regions -----------------------------------------------------------------

function regionsChapter(regions: readonly Region[], input: PortfolioDocumentInput): Block[] {
    const { locale } = input;
    const t = (key: DocumentLabel, args?: Record<string, string | number>) => label(key, locale, args);
    const blocks: Block[] = [{
        kind: 'table',
        columns: [t('region'), t('plan'), t('leadership'), t('scope'), t('structure'), t('strategy'), t('compliance')],
        rows: regions.map(region => [
            region.label,
            region.facts.plan.title ?? region.facts.plan.name ?? '',
            cellValue(region.facts.leadership?.value, locale, 'LeadershipClause'),
            cellValue(region.facts.vision?.scope?.value, locale),
            cellValue(region.facts.vision?.structure?.value, locale),
            cellValue(region.facts.vision?.strategy?.value, locale),
            percentText(region.overall, locale)
        ])
    }];
    blocks.push({ kind: 'heading', text: t('complianceByCategory') }, {
        kind: 'table',
        columns: [t('region'), ...PLAN_CATEGORIES.map(category => category.title[locale])],
        rows: regions.map(region => [region.label, ...region.scores.map(score => percentText(score, locale))])
    });
    const left = [
        ...input.members.filter(member => !member.analysis).map(member => t('notComparedUnreadable', { path: member.path })),
        ...input.members.filter(member => member.analysis?.hasSyntaxErrors).map(member => t('notComparedSyntax', { path: member.path }))
    ];
    if (left.length > 0) {
        blocks.push({ kind: 'heading', text: t('notCompared') }, { kind: 'list', items: left });
    }
    return blocks;
}

// ---- 2: positioning -----------------------------------------------------------------

function positioningChapter(regions: readonly Region[], locale: Locale): Block[] {
    const t = (key: DocumentLabel) => label(key, locale);
    const stateOf = (facts: PlanFacts, segment: string) => facts.vision?.position?.segments.includes(segment as never) ? 'positioned'
        : facts.vision?.outsource?.segments.includes(segment as never) ? 'outsourced' : 'none';
    const matrix: RegionMatrixData = {
        segments: VALUE_CHAIN_SEGMENTS.map(segment => cellValue(segment, locale, 'Segment')),
        rows: regions.map(region => ({ region: region.label, cells: VALUE_CHAIN_SEGMENTS.map(segment => stateOf(region.facts, segment)) })),
        legend: { positioned: t('positioned'), outsourced: t('outsourced'), none: t('notCovered'), count: t('regionCount') },
        regionTitle: t('region')
    };
    const who = (segment: string, state: string) => regions.filter(region => stateOf(region.facts, segment) === state).map(region => region.label).join(', ') || t('none');
    return [
        { kind: 'regionMatrix', caption: t('regionMatrix'), matrix },
        {
            kind: 'table',
            columns: [t('segment'), t('regionCount'), t('positionedBy'), t('outsourcedBy')],
            rows: VALUE_CHAIN_SEGMENTS.map(segment => [
                cellValue(segment, locale, 'Segment'),
                String(regions.filter(region => stateOf(region.facts, segment) === 'positioned').length),
                who(segment, 'positioned'),
                who(segment, 'outsourced')
            ]),
            numericColumns: [1]
        }
    ];
}

// ---- 3: money -----------------------------------------------------------------------

function moneyChapter(regions: readonly Region[], locale: Locale): Block[] {
    const t = (key: DocumentLabel, args?: Record<string, string | number>) => label(key, locale, args);
    // Joint funds carry private money: they count with the private ones here, as private-capital counts them.
    const privateOrJoint = (fund: PlanFacts['funds'][number]) => fund.source?.value === 'private' || fund.source?.value === 'joint';
    const sums = regions.map(region => {
        const facts = region.facts;
        const eok = (money: Parameters<typeof toEok>[0] | undefined) => money ? toEok(money) : 0;
        return [
            facts.tasks.reduce((sum, task) => sum + eok(task.budget?.money), 0),
            facts.funds.filter(fund => !privateOrJoint(fund)).reduce((sum, fund) => sum + eok(fund.amount?.money), 0),
            facts.funds.filter(privateOrJoint).reduce((sum, fund) => sum + eok(fund.amount?.money), 0),
            facts.agencies.reduce((sum, agency) => sum + eok(agency.budget?.money), 0),
            region.investment
        ];
    });
    const total = sums.reduce((all, row) => all.map((value, i) => value + row[i]), [0, 0, 0, 0, 0]);
    return [
        {
            kind: 'table',
            columns: [t('region'), t('taskBudgets'), t('publicFunds'), t('privateFunds'), t('agencyBudgets'), t('investment')],
            rows: regions.map((region, index) => [region.label, ...sums[index].map(formatEok)]),
            totalRow: [t('total'), ...total.map(formatEok)],
            numericColumns: [1, 2, 3, 4, 5]
        },
        { kind: 'note', text: t('investmentNote', { rate: formatNumber(KRW_PER_USD) }) }
    ];
}

// ---- 4: overseas partners -----------------------------------------------------------

function partnersChapter(regions: readonly Region[], locale: Locale): Block[] {
    const t = (key: DocumentLabel) => label(key, locale);
    const links = regions.flatMap(region => region.facts.links
        .filter(link => link.scope?.value === 'overseas')
        .map(link => ({ region, title: link.node.title?.trim() ?? '' })));
    if (links.length === 0) {
        return [{ kind: 'note', text: t('noOverseasLinks') }];
    }
    // Shared partners first, then by title.
    const groups = [...groupBy(links, link => comparableTitle(link.title) || undefined).values()]
        .map(group => ({ title: group[0].title, regions: [...new Set(group.map(link => link.region.label))] }))
        .sort((a, b) => b.regions.length - a.regions.length || a.title.localeCompare(b.title, 'ko'));
    return [{
        kind: 'table',
        columns: [t('overseasCluster'), t('regionCount'), t('linkedRegions')],
        rows: groups.map(group => [group.title, String(group.regions.length), group.regions.join(', ')]),
        numericColumns: [1]
    }];
}

// ---- 5: ranking ---------------------------------------------------------------------

function rankingChapter(regions: readonly Region[], totalInvestment: number, locale: Locale): Block[] {
    const t = (key: DocumentLabel) => label(key, locale);
    const ranked = [...regions].sort((a, b) => (b.overall.percent ?? -1) - (a.overall.percent ?? -1) || a.label.localeCompare(b.label, 'ko'));
    const share = (eok: number) => totalInvestment > 0 ? `${Math.round((1000 * eok) / totalInvestment) / 10}%` : '—';
    return [
        {
            kind: 'table',
            columns: [t('rank'), t('region'), t('compliance'), t('investment'), t('investmentShare')],
            rows: ranked.map((region, index) => [String(index + 1), region.label, percentText(region.overall, locale), formatEok(region.investment), share(region.investment)]),
            numericColumns: [3, 4],
            compactColumns: [0]
        },
        { kind: 'note', text: t('rankingNote') }
    ];
}

// ---- 6: the portfolio findings -------------------------------------------------------

function findingsChapter(input: PortfolioDocumentInput): Block[] {
    const { locale, portfolio } = input;
    const t = (key: DocumentLabel, args?: Record<string, string | number>) => label(key, locale, args);
    const statusLabels: Record<RuleStatus, string> = {
        passed: t('statusPassed'), failed: t('statusFailed'), 'not-applicable': t('statusNotApplicable'), waived: t('statusWaived'), off: t('statusOff')
    };
    const blocks: Block[] = [{ kind: 'heading', text: t('portfolioRules') }, {
        kind: 'table',
        columns: [t('rule'), t('principle'), t('result')],
        rows: PORTFOLIO_RULES.map(rule => {
            const threshold = thresholdOf(rule.id, input.thresholds);
            return [
                threshold === undefined ? rule.id : `${rule.id} (${t('thresholdValue', { value: threshold })})`,
                rule.principle[locale],
                statusLabels[portfolio.statuses.get(rule.id) ?? 'not-applicable']
            ];
        })
    }];
    const order = new Map<RuleId, number>(PORTFOLIO_RULES.map((rule, index) => [rule.id, index]));
    const findings = portfolio.members.flatMap(member => member.findings.map(finding => ({ member, finding })))
        .sort((a, b) => (order.get(a.finding.ruleId) ?? -1) - (order.get(b.finding.ruleId) ?? -1));
    blocks.push({ kind: 'heading', text: t('findings') }, findings.length === 0
        ? { kind: 'note', text: t('noPortfolioFindings') }
        : {
            kind: 'table',
            columns: [t('rule'), t('region'), t('detail')],
            rows: findings.map(({ member, finding }) => [finding.ruleId, member.label, formatFinding(finding, locale, locale)])
        });
    const waived = portfolio.members.flatMap(member => member.waived.map(entry => [entry.ruleId, member.label, entry.reason]));
    if (waived.length > 0) {
        blocks.push({ kind: 'heading', text: t('waivers') }, { kind: 'table', columns: [t('rule'), t('region'), t('reason')], rows: waived });
    }
    return blocks;
}
