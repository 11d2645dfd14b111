import { keywordMeaning } from '../analysis/keyword-docs.js';
import { fillTemplate, type Locale, type Localized } from '../analysis/locale.js';
import { PLACEHOLDERS } from '../analysis/placeholders.js';
import { AGENDA_GOALS, VALUE_CHAIN_SEGMENTS, VISION_CHOICES, type Term } from '../analysis/prescriptions.js';
import { valueLabel } from '../analysis/vocabulary.js';
import type { ClusterPlanKeywordNames } from '../grammar/generated/ast.js';
import { spell, type KeywordSpelling } from '../grammar/keyword-spellings.js';
import { horizonOf, type Horizon, type PlanChoices } from './choices.js';

/** A keyword of the language (punctuation left out). */
export type PlanKeyword = Exclude<ClusterPlanKeywordNames, ',' | '{' | '}'>;

export interface SkeletonOptions {
    /** The language of the comments, the placeholders and the document (`language` clause). */
    readonly locale: Locale;
    /** How the keywords are spelled (English by default); every keyword the skeleton writes goes through `SkeletonWriter.k`. */
    readonly keywords?: KeywordSpelling;
    /** The first year of task periods when no horizon was chosen (this year by default). */
    readonly startYear?: number;
}

/** A horizon of ten years, the report's minimum, when none was chosen. */
const DEFAULT_YEARS = 10;

const TEXTS = {
    title: { ko: '{region} 바이오클러스터 발전계획 {start}–{end}', en: '{region} bio-cluster development plan {start}–{end}' },
    intro: {
        ko: [
            '삼성경제연구소 「한국 바이오클러스터 발전전략」(2002)의 발전로드맵 네 단계를 차례로 따르는 계획의 뼈대입니다.',
            '"<…>"는 아직 채우지 않은 칸입니다. 점검은 이를 빈 칸으로 읽어, 채울 때까지 알려 줍니다.',
            '주석으로 남긴 줄은 아직 하지 않은 선택입니다. | 로 나눈 값 가운데 고르거나 빠른 수정으로 채우세요.'
        ].join('\n'),
        en: [
            'The skeleton of a plan that follows the four stages of the roadmap of the SERI report "한국 바이오클러스터 발전전략" (2002).',
            '"<…>" is a blank still to be filled in: the checks read it as blank and report it until it is.',
            'A commented-out line is a choice not made yet: pick among the values split by |, or use the quick fix.'
        ].join('\n')
    },
    stage1: { ko: '1단계: 지역의 바이오산업 현실에 대한 엄밀한 상황인식이 출발점', en: 'Stage 1: a rigorous view of the region\'s bio-industry as it is is the starting point' },
    stage2: { ko: '2단계: 지역의 차별화된 발전비전과 추진전략의 수립', en: 'Stage 2: a differentiated vision and strategy for the region' },
    stage3: { ko: '3단계: 전담기구의 설립과 지도자의 리더쉽 발휘', en: 'Stage 3: a dedicated agency and committed leadership' },
    stage4: { ko: '4단계: 장·단기적 전략의 구분 및 병행체제', en: 'Stage 4: short- and long-term tasks, run in parallel' },
    shortAgenda: { ko: '단기적인 집중추진 과제: {goals}', en: 'Short-term focus: {goals}' },
    longAgenda: { ko: '장기적인 전략과제: {goals}', en: 'Long-term strategy: {goals}' }
} satisfies Record<string, Localized>;

/** Names of the skeleton's elements: Hangul in a Korean plan, none of them a keyword in either language. */
const NAMES = {
    plan: { ko: '새계획', en: 'NewPlan' },
    agency: { ko: '진흥원', en: 'Agency' },
    champion: { ko: '선도자', en: 'Champion' },
    fund: { ko: '공동펀드', en: 'JointFund' },
    shortTask: { ko: '단기1', en: 'T1' },
    institution: { ko: '연구거점', en: 'ResearchBase' },
    firm: { ko: '선도기업', en: 'LeadFirm' },
    industry: { ko: '대형병원', en: 'MainHospital' },
    network: { ko: '기업협의체', en: 'BusinessForum' },
    link: { ko: '해외거점', en: 'OverseasHub' },
    longTask: { ko: '장기1', en: 'T2' }
} satisfies Record<string, Localized>;

const INDENT = '    ';

/** Lines of a plan, each clause with the hover's explanation above it. */
class SkeletonWriter {
    private readonly lines: string[] = [];
    private depth = 0;

    constructor(private readonly locale: Locale, private readonly spelling: KeywordSpelling) { }

    /** A keyword in the skeleton's spelling. */
    readonly k = (keyword: PlanKeyword): string => spell(keyword, this.spelling);

    /** What a keyword means where it stands, naming keywords in the skeleton's spelling. */
    readonly meaningOf = (keyword: string, contexts: readonly string[] = []): string | undefined => keywordMeaning(keyword, contexts, this.locale, this.spelling);

    comment(text: string | undefined): this {
        for (const line of text?.split('\n') ?? []) {
            this.write(`// ${line}`);
        }
        return this;
    }

    /** A clause explained by what its keyword means in its block (`contexts`: clause and block types). */
    clause(keyword: PlanKeyword, rest: string, contexts: readonly string[], explainedBy: string = keyword): this {
        this.comment(this.meaningOf(explainedBy, contexts));
        return this.write(rest ? `${this.k(keyword)} ${rest}` : this.k(keyword));
    }

    /** A choice not made yet: its explanation, then the clause as a comment listing its options. */
    open(keyword: PlanKeyword, options: string, contexts: readonly string[]): this {
        this.comment(this.meaningOf(keyword, contexts));
        return this.write(`// ${this.k(keyword)} ${options}`);
    }

    block(head: string, explanation: string | undefined, body: () => void): this {
        this.comment(explanation);
        this.write(`${head} {`);
        this.depth++;
        body();
        this.depth--;
        return this.write('}');
    }

    stage(title: string): this {
        return this.blank().write(`// ── ${title} ──`);
    }

    blank(): this {
        this.lines.push('');
        return this;
    }

    write(line: string): this {
        this.lines.push(`${INDENT.repeat(this.depth)}${line}`);
        return this;
    }

    text(): string {
        return `${this.lines.join('\n')}\n`;
    }
}

/**
 * The skeleton of a new plan: the four stages of the roadmap in order, every clause the
 * report asks for with the meaning of its keyword in a comment above it. What only the
 * planner knows is a `"<…>"` placeholder (or an amount of 0 억원), which the rules read as
 * blank; a choice not made is a commented line listing its options. The same text serves
 * `cplan init` and the editor's "New plan".
 */
export function planSkeleton(choices: PlanChoices, options: SkeletonOptions): string {
    const { locale } = options;
    const w = new SkeletonWriter(locale, options.keywords ?? 'en');
    const k = w.k;
    const name = (key: keyof typeof NAMES) => NAMES[key][locale];
    const quoted = (key: keyof typeof PLACEHOLDERS) => `"${PLACEHOLDERS[key][locale]}"`;
    const money = (amount: number) => `${amount} ${k('억원')}`;
    const list = (keywords: readonly PlanKeyword[]) => keywords.map(k).join(', ');
    const alternatives = (keywords: readonly PlanKeyword[]) => keywords.map(k).join(' | ');
    const horizon: Horizon = choices.horizon ?? horizonOf(options.startYear ?? new Date().getFullYear(), DEFAULT_YEARS);
    const years = (from: number, to: number) => `${from} ${k('to')} ${to}`;
    const region = choices.region?.trim() ? choices.region.trim() : undefined;
    const title = fillTemplate(TEXTS.title[locale], { region: region ?? PLACEHOLDERS.region[locale], start: String(horizon.start), end: String(horizon.end) });

    w.comment(title).comment(TEXTS.intro[locale]);
    w.block(`${k('plan')} ${planName(region, locale)} "${escapeString(title)}"`, undefined, () => {
        w.clause('region', region ? `"${escapeString(region)}"` : quoted('region'), ['RegionClause']);
        w.clause('language', k(locale), ['LanguageClause']);

        w.stage(TEXTS.stage1[locale]);
        if (choices.horizon) {
            w.clause('horizon', years(horizon.start, horizon.end), ['HorizonClause']);
        } else {
            w.open('horizon', years(horizon.start, horizon.end), ['HorizonClause']);
        }
        w.block(k('assessment'), w.meaningOf('assessment'), () => {
            w.clause('summary', quoted('summary'), ['AssessmentEntry']);
            w.clause('strength', quoted('strength'), ['AssessmentEntry']);
            w.clause('weakness', quoted('weakness'), ['AssessmentEntry']);
            w.clause('consensus', quoted('consensus'), ['AssessmentEntry']);
        });

        w.stage(TEXTS.stage2[locale]);
        w.block(`${k('vision')} ${quoted('vision')}`, w.meaningOf('vision'), () => {
            for (const { clause, options: values } of VISION_CHOICES) {
                const chosen = choices[clause];
                if (chosen) {
                    w.clause(clause, k(chosen), [], chosen);
                } else {
                    w.open(clause, alternatives(values), []);
                }
            }
            w.open('position', alternatives(VALUE_CHAIN_SEGMENTS), ['PositionClause']);
            w.open('outsource', `${alternatives(VALUE_CHAIN_SEGMENTS)} ${k('to')} ${name('link')}`, ['OutsourceClause']);
        });

        w.stage(TEXTS.stage3[locale]);
        if (choices.leadership) {
            w.clause('leadership', k(choices.leadership), ['LeadershipClause'], choices.leadership);
        } else {
            w.open('leadership', alternatives(['private', 'joint', 'government']), ['LeadershipClause']);
        }
        w.block(`${k('agency')} ${name('agency')} ${quoted('agency')}`, w.meaningOf('agency'), () => {
            w.clause('independent', '', ['Agency']);
            w.clause('operator', k('private'), ['OperatorClause', 'Agency']);
            w.clause('budget', money(0), ['BudgetClause', 'Agency']);
            w.clause('survey', k('quarterly'), ['SurveyClause', 'Agency']);
            w.clause('mandate', quoted('mandate'), ['MandateClause', 'Agency']);
        });
        w.block(`${k('champion')} ${name('champion')} ${quoted('champion')}`, w.meaningOf('champion'), () => {
            w.clause('role', quoted('role'), ['RoleClause', 'Champion']);
            w.clause('origin', k('external'), ['OriginClause', 'Champion']);
        });

        w.stage(TEXTS.stage4[locale]);
        w.comment(agendaLine('short', locale));
        w.clause('environment', list(['education', 'culture', 'transport']), ['EnvironmentClause']);
        w.clause('incentives', list(['tax', 'deregulation', 'exit']), ['IncentivesClause']);
        w.block(`${k('fund')} ${name('fund')} ${quoted('fund')}`, w.meaningOf('fund'), () => {
            w.clause('source', k('joint'), ['SourceClause', 'Fund'], 'joint');
            w.clause('amount', money(0), ['AmountClause', 'Fund']);
            w.clause('selection', k('competitive'), ['SelectionClause', 'Fund'], 'competitive');
            w.clause('audit', k('continuous'), ['AuditClause', 'Fund'], 'continuous');
            w.clause('review', k('staged'), ['ReviewClause', 'Fund'], 'staged');
            w.clause('purpose', k('investment'), ['PurposeClause', 'Fund'], 'investment');
        });
        w.blank();
        task(w, 'short', name('shortTask'), quoted('shortTask'), name('agency'), [horizon.start, Math.min(horizon.start + 2, horizon.end)]);

        w.blank().comment(agendaLine('long', locale));
        w.block(`${k('institution')} ${name('institution')} ${quoted('institution')}`, w.meaningOf('institution'), () => {
            w.clause('type', k('university'), ['InstitutionTypeClause', 'Institution']);
            w.clause('tier', k('global'), ['TierClause', 'Institution'], 'global');
            w.clause('origin', k('local'), ['OriginClause', 'Institution']);
            w.clause('scientists', '1', ['ScientistsClause', 'Institution']);
        });
        w.block(`${k('firm')} ${name('firm')} ${quoted('firm')}`, w.meaningOf('firm'), () => {
            w.clause('star', '', ['Firm']);
            w.clause('origin', k('local'), ['OriginClause', 'Firm']);
            w.clause('stage', k('startup'), ['StageClause', 'Firm']);
        });
        w.block(`${k('industry')} ${name('industry')} ${quoted('industry')}`, w.meaningOf('industry'), () => {
            w.clause('kind', k('hospital'), ['IndustryKindClause', 'Industry']);
        });
        w.clause('services', list(['venture', 'patent', 'legal', 'finance', 'consulting']), ['ServicesClause']);
        w.clause('ip', quoted('ip'), ['IpClause']);
        w.block(`${k('problem')} ${k('mismatch')} ${quoted('mismatch')}`, w.meaningOf('problem'), () => {
            w.clause('response', list(['transfer', 'reward']), ['ResponseClause', 'Problem']);
        });
        w.block(`${k('network')} ${name('network')} ${quoted('network')}`, w.meaningOf('network'), () => {
            w.clause('kind', k('business'), ['NetworkKindClause', 'Network']);
            w.clause('host', name('agency'), ['HostClause', 'Network']);
            w.clause('members', [name('firm'), name('institution'), name('champion')].join(', '), ['MembersClause', 'Network']);
            w.clause('meets', k('monthly'), ['MeetsClause', 'Network']);
            w.clause('offers', list(['market', 'foresight', 'overseas', 'matching']), ['OffersClause', 'Network']);
        });
        w.block(`${k('link')} ${name('link')} ${quoted('link')}`, w.meaningOf('link'), () => {
            w.clause('scope', k('overseas'), ['LinkScopeClause', 'Link'], 'overseas');
            w.clause('channel', quoted('channel'), ['ChannelClause', 'Link']);
            w.clause('partner', name('institution'), ['PartnerClause', 'Link']);
        });
        w.blank();
        task(w, 'long', name('longTask'), quoted('longTask'), name('institution'), [Math.min(horizon.start + 1, horizon.end), horizon.end]);
    });
    return w.text();
}

/** The goals of a term's agenda, with the research track beside the skilled workforce in the long term. */
const TASK_GOALS: Readonly<Record<Term, readonly PlanKeyword[]>> = {
    short: AGENDA_GOALS.short as readonly PlanKeyword[],
    long: [...AGENDA_GOALS.long as readonly PlanKeyword[], 'researchers']
};

function task(w: SkeletonWriter, term: Term, name: string, title: string, owner: string, [from, to]: [number, number]): void {
    const k = w.k;
    w.block(`${k('task')} ${name} ${title}`, w.meaningOf(term, ['TermClause']), () => {
        w.clause('term', k(term), ['TermClause', 'Task']);
        w.clause('owner', owner, ['OwnerClause', 'Task']);
        w.clause('period', `${from} ${k('to')} ${to}`, ['PeriodClause', 'Task']);
        w.clause('budget', `0 ${k('억원')}`, ['BudgetClause', 'Task']);
        w.clause('goals', TASK_GOALS[term].map(k).join(', '), ['GoalsClause', 'Task']);
    });
}

function agendaLine(term: Term, locale: Locale): string {
    const goals = AGENDA_GOALS[term].map(goal => valueLabel(goal, locale) ?? goal).join(', ');
    return fillTemplate(TEXTS[term === 'short' ? 'shortAgenda' : 'longAgenda'][locale], { goals });
}

/** The region's Latin letters, Hangul, digits and `_` (`부산광역시`), when they make a name. */
export function regionName(region: string | undefined): string | undefined {
    const name = (region ?? '').normalize('NFC').replace(/[^\w\uAC00-\uD7A3]/g, '');
    return /^[_a-zA-Z\uAC00-\uD7A3]/.test(name) ? name : undefined;
}

function planName(region: string | undefined, locale: Locale): string {
    return regionName(region) ?? NAMES.plan[locale];
}

function escapeString(text: string): string {
    return text.replace(/[\\"]/g, character => `\\${character}`);
}
