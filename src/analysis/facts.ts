import type { AstNode } from 'langium';
import type {
    Actor, Agency, Assessment, AuditClause, BridgeClause, BudgetClause, Champion, ChannelClause, ClusterPlanAstType,
    Element, EnvironmentClause, Firm, Fund, GoalsClause, Government, HorizonClause, IncentivesClause, Industry,
    IndustryKindClause, Institution, IpClause, LanguageClause, LeadershipClause, Link, LinkScopeClause, Network,
    NetworkKindClause, OffersClause, OutsourceClause, PeriodClause, Plan, PositionClause, Problem, PurposeClause,
    RegionClause, ResponseClause, ReviewClause, ScopeClause, SelectionClause, ServicesClause, SourceClause,
    StrategyClause, StructureClause, Task, TermClause, TierClause, Vision, Waiver, AfterClause, OwnerClause,
    OriginClause, StageClause, ScientistsClause, SurveyClause, MandateClause, LevelClause, RoleClause,
    InstitutionTypeClause, AmountClause, HostClause, MeetsClause, PartnerClause, MembersClause, OperatorClause, CoordinatesClause, StarFlag
} from '../grammar/generated/ast.js';
import { nameKey } from './names.js';

/**
 * Plan facts: everything the rule checks need, computed in one pass over the plan so that
 * no check scans the document itself. Each block's clauses are indexed by type (first
 * occurrence wins); repeats of clauses that may not repeat are collected for
 * `duplicate-clause`, second declarations of a name for `duplicate-name`.
 */

type AstType = keyof ClusterPlanAstType;

export interface RepeatedClause {
    readonly repeat: AstNode;
    readonly first: AstNode;
}

/** The first clause of each type in one block. */
export class ClauseIndex {
    private readonly first = new Map<string, AstNode>();

    constructor(clauses: readonly AstNode[], repeatable: ReadonlySet<string>, repeats: RepeatedClause[]) {
        for (const clause of clauses) {
            const first = this.first.get(clause.$type);
            if (first) {
                if (!repeatable.has(clause.$type)) {
                    repeats.push({ repeat: clause, first });
                }
            } else {
                this.first.set(clause.$type, clause);
            }
        }
    }

    get<T extends AstType>(type: T): ClusterPlanAstType[T] | undefined {
        return this.first.get(type) as ClusterPlanAstType[T] | undefined;
    }

    firstOf(type: AstType): AstNode | undefined {
        return this.first.get(type);
    }
}

const NOTHING_REPEATS: ReadonlySet<string> = new Set();
const PLAN_REPEATABLE: ReadonlySet<string> = new Set([
    'Agency', 'Government', 'Champion', 'Institution', 'Firm', 'Industry', 'Fund', 'Network', 'Link', 'Task',
    'Problem', 'Waiver'
]);
const NETWORK_REPEATABLE: ReadonlySet<string> = new Set(['BridgeClause']);

export interface VisionFacts {
    readonly node: Vision;
    readonly strategy?: StrategyClause;
    readonly scope?: ScopeClause;
    readonly structure?: StructureClause;
    readonly position?: PositionClause;
    readonly outsource?: OutsourceClause;
}

export interface AgencyFacts {
    readonly node: Agency;
    readonly independent: boolean;
    readonly budget?: BudgetClause;
    readonly mandate?: MandateClause;
    readonly survey?: SurveyClause;
    readonly operator?: OperatorClause;
    readonly coordinates?: CoordinatesClause;
    /** The governments it coordinates that resolved. */
    readonly coordinatedGovernments: readonly Government[];
}

export interface GovernmentFacts { readonly node: Government; readonly level?: LevelClause }
export interface ChampionFacts { readonly node: Champion; readonly role?: RoleClause; readonly origin?: OriginClause }

export interface InstitutionFacts {
    readonly node: Institution;
    readonly type?: InstitutionTypeClause;
    readonly tier?: TierClause;
    readonly origin?: OriginClause;
    readonly scientists?: ScientistsClause;
}

export interface FirmFacts { readonly node: Firm; readonly star?: StarFlag; readonly origin?: OriginClause; readonly stage?: StageClause }
export interface IndustryFacts { readonly node: Industry; readonly kind?: IndustryKindClause }

export interface FundFacts {
    readonly node: Fund;
    readonly source?: SourceClause;
    readonly amount?: AmountClause;
    readonly selection?: SelectionClause;
    readonly audit?: AuditClause;
    readonly review?: ReviewClause;
    readonly purpose?: PurposeClause;
}

export interface NetworkFacts {
    readonly node: Network;
    readonly kind?: NetworkKindClause;
    readonly members?: MembersClause;
    readonly host?: HostClause;
    readonly meets?: MeetsClause;
    readonly offers?: OffersClause;
    readonly bridges: readonly BridgeClause[];
    /** Resolved members, unresolved references left out. */
    readonly memberActors: readonly Actor[];
}

export interface LinkFacts {
    readonly node: Link;
    readonly scope?: LinkScopeClause;
    readonly tier?: TierClause;
    readonly channel?: ChannelClause;
    readonly partner?: PartnerClause;
}

export interface ProblemFacts {
    readonly node: Problem;
    readonly response?: ResponseClause;
}

export interface TaskFacts {
    readonly node: Task;
    readonly term?: TermClause;
    readonly owner?: OwnerClause;
    readonly period?: PeriodClause;
    readonly budget?: BudgetClause;
    readonly goals?: GoalsClause;
    readonly after?: AfterClause;
    /** The owner when it resolved to an actor of this plan. */
    readonly ownerActor?: Actor;
    /** Resolved predecessor tasks. */
    readonly predecessors: readonly Task[];
}

export interface PlanFacts {
    readonly plan: Plan;
    readonly region?: RegionClause;
    readonly horizon?: HorizonClause;
    readonly leadership?: LeadershipClause;
    readonly language?: LanguageClause;
    readonly services?: ServicesClause;
    readonly environment?: EnvironmentClause;
    readonly incentives?: IncentivesClause;
    readonly ip?: IpClause;
    readonly assessment?: Assessment;
    readonly vision?: VisionFacts;
    readonly agencies: readonly AgencyFacts[];
    readonly governments: readonly GovernmentFacts[];
    readonly champions: readonly ChampionFacts[];
    readonly institutions: readonly InstitutionFacts[];
    readonly firms: readonly FirmFacts[];
    readonly industries: readonly IndustryFacts[];
    readonly funds: readonly FundFacts[];
    readonly networks: readonly NetworkFacts[];
    readonly links: readonly LinkFacts[];
    readonly problems: readonly ProblemFacts[];
    readonly tasks: readonly TaskFacts[];
    readonly waivers: readonly Waiver[];
    /** Named elements by name, as compared (`nameKey`: NFC); the first declaration wins. */
    readonly elementsByName: ReadonlyMap<string, Element>;
    /** Elements whose name an earlier element already has. */
    readonly duplicateNames: readonly Element[];
    /** Clauses repeated in a block where they may not repeat. */
    readonly repeatedClauses: readonly RepeatedClause[];
}

export function buildPlanFacts(plan: Plan): PlanFacts {
    const repeatedClauses: RepeatedClause[] = [];
    const index = (clauses: readonly AstNode[], repeatable = NOTHING_REPEATS) =>
        new ClauseIndex(clauses, repeatable, repeatedClauses);

    const planIndex = index(plan.items, PLAN_REPEATABLE);
    const agencies: AgencyFacts[] = [];
    const governments: GovernmentFacts[] = [];
    const champions: ChampionFacts[] = [];
    const institutions: InstitutionFacts[] = [];
    const firms: FirmFacts[] = [];
    const industries: IndustryFacts[] = [];
    const funds: FundFacts[] = [];
    const networks: NetworkFacts[] = [];
    const links: LinkFacts[] = [];
    const problems: ProblemFacts[] = [];
    const tasks: TaskFacts[] = [];
    const waivers: Waiver[] = [];
    // A repeated vision is itself a duplicate-clause, but its own clauses are still checked for repeats.
    const visions: VisionFacts[] = [];
    const elementsByName = new Map<string, Element>();
    const duplicateNames: Element[] = [];

    const declare = (element: Element) => {
        if (element.name === undefined) {
            return;
        }
        const key = nameKey(element.name);
        if (elementsByName.has(key)) {
            duplicateNames.push(element);
        } else {
            elementsByName.set(key, element);
        }
    };

    for (const item of plan.items) {
        switch (item.$type) {
            case 'Agency': {
                const clauses = index(item.clauses);
                const coordinates = clauses.get('CoordinatesClause');
                agencies.push({
                    node: item,
                    independent: clauses.get('IndependentFlag') !== undefined,
                    budget: clauses.get('BudgetClause'),
                    mandate: clauses.get('MandateClause'),
                    survey: clauses.get('SurveyClause'),
                    operator: clauses.get('OperatorClause'),
                    coordinates,
                    coordinatedGovernments: resolved(coordinates?.governments ?? [])
                });
                declare(item);
                break;
            }
            case 'Government':
                governments.push({ node: item, level: index(item.clauses).get('LevelClause') });
                declare(item);
                break;
            case 'Champion': {
                const clauses = index(item.clauses);
                champions.push({ node: item, role: clauses.get('RoleClause'), origin: clauses.get('OriginClause') });
                declare(item);
                break;
            }
            case 'Institution': {
                const clauses = index(item.clauses);
                institutions.push({
                    node: item,
                    type: clauses.get('InstitutionTypeClause'),
                    tier: clauses.get('TierClause'),
                    origin: clauses.get('OriginClause'),
                    scientists: clauses.get('ScientistsClause')
                });
                declare(item);
                break;
            }
            case 'Firm': {
                const clauses = index(item.clauses);
                firms.push({
                    node: item,
                    star: clauses.get('StarFlag'),
                    origin: clauses.get('OriginClause'),
                    stage: clauses.get('StageClause')
                });
                declare(item);
                break;
            }
            case 'Industry':
                industries.push({ node: item, kind: index(item.clauses).get('IndustryKindClause') });
                declare(item);
                break;
            case 'Fund': {
                const clauses = index(item.clauses);
                funds.push({
                    node: item,
                    source: clauses.get('SourceClause'),
                    amount: clauses.get('AmountClause'),
                    selection: clauses.get('SelectionClause'),
                    audit: clauses.get('AuditClause'),
                    review: clauses.get('ReviewClause'),
                    purpose: clauses.get('PurposeClause')
                });
                declare(item);
                break;
            }
            case 'Network': {
                const clauses = index(item.clauses, NETWORK_REPEATABLE);
                const members = clauses.get('MembersClause');
                networks.push({
                    node: item,
                    kind: clauses.get('NetworkKindClause'),
                    members,
                    host: clauses.get('HostClause'),
                    meets: clauses.get('MeetsClause'),
                    offers: clauses.get('OffersClause'),
                    bridges: item.clauses.filter((clause): clause is BridgeClause => clause.$type === 'BridgeClause'),
                    memberActors: resolved(members?.members ?? [])
                });
                declare(item);
                break;
            }
            case 'Link': {
                const clauses = index(item.clauses);
                links.push({
                    node: item,
                    scope: clauses.get('LinkScopeClause'),
                    tier: clauses.get('TierClause'),
                    channel: clauses.get('ChannelClause'),
                    partner: clauses.get('PartnerClause')
                });
                declare(item);
                break;
            }
            case 'Task': {
                const clauses = index(item.clauses);
                const owner = clauses.get('OwnerClause');
                const after = clauses.get('AfterClause');
                tasks.push({
                    node: item,
                    term: clauses.get('TermClause'),
                    owner,
                    period: clauses.get('PeriodClause'),
                    budget: clauses.get('BudgetClause'),
                    goals: clauses.get('GoalsClause'),
                    after,
                    ownerActor: owner?.owner?.ref,
                    predecessors: resolved(after?.tasks ?? [])
                });
                declare(item);
                break;
            }
            case 'Problem':
                problems.push({ node: item, response: index(item.clauses).get('ResponseClause') });
                break;
            case 'Waiver':
                waivers.push(item);
                break;
            case 'Vision':
                visions.push(visionFacts(item, index));
                break;
            case 'Assessment':
                // Assessment entries may all repeat; only the block itself is once per plan.
                break;
            default:
                break;
        }
    }

    return {
        plan,
        region: planIndex.get('RegionClause'),
        horizon: planIndex.get('HorizonClause'),
        leadership: planIndex.get('LeadershipClause'),
        language: planIndex.get('LanguageClause'),
        services: planIndex.get('ServicesClause'),
        environment: planIndex.get('EnvironmentClause'),
        incentives: planIndex.get('IncentivesClause'),
        ip: planIndex.get('IpClause'),
        assessment: planIndex.get('Assessment'),
        vision: visions[0],
        agencies, governments, champions, institutions, firms, industries, funds, networks, links, problems, tasks,
        waivers, elementsByName, duplicateNames, repeatedClauses
    };
}

function visionFacts(vision: Vision, index: (clauses: readonly AstNode[]) => ClauseIndex): VisionFacts {
    const clauses = index(vision.clauses);
    return {
        node: vision,
        strategy: clauses.get('StrategyClause'),
        scope: clauses.get('ScopeClause'),
        structure: clauses.get('StructureClause'),
        position: clauses.get('PositionClause'),
        outsource: clauses.get('OutsourceClause')
    };
}

function resolved<T extends AstNode>(references: ReadonlyArray<{ ref?: T }>): T[] {
    const nodes: T[] = [];
    for (const reference of references) {
        const node = reference.ref;
        if (node) {
            nodes.push(node);
        }
    }
    return nodes;
}
