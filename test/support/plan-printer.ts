import { isReference, type AstNode } from 'langium';

/**
 * Prints a parsed plan back to `.cplan` text, one clause per line, so that a round trip
 * (text → AST → text → AST) can be compared. Each node type is written as its grammar
 * rule reads: keywords as they are, `=property` for a property's value. A node type the
 * table does not know fails loudly, so a grammar change shows up here.
 */
const SHAPES: Record<string, readonly string[]> = {
    Plan: ['plan', '=name', '=title', '{items}'],
    RegionClause: ['region', '=text'],
    HorizonClause: ['horizon', '=start', 'to', '=end'],
    LeadershipClause: ['leadership', '=value'],
    LanguageClause: ['language', '=value'],
    ServicesClause: ['services', '=values'],
    EnvironmentClause: ['environment', '=values'],
    IncentivesClause: ['incentives', '=values'],
    IpClause: ['ip', '=text'],
    Waiver: ['waive', '=rule', 'because', '=reason'],
    Assessment: ['assessment', '{entries}'],
    AssessmentEntry: ['=kind', '=text'],
    Vision: ['vision', '=statement', '{clauses}'],
    StrategyClause: ['strategy', '=value'],
    ScopeClause: ['scope', '=value'],
    StructureClause: ['structure', '=value'],
    PositionClause: ['position', '=segments'],
    OutsourceClause: ['outsource', '=segments', 'to', '=link'],
    Agency: ['agency', '=name', '=title', '{clauses}'],
    IndependentFlag: ['independent'],
    MandateClause: ['mandate', '=text'],
    SurveyClause: ['survey', '=cadence'],
    OperatorClause: ['operator', '=value'],
    CoordinatesClause: ['coordinates', '=governments'],
    Government: ['government', '=name', '=title', '{clauses}'],
    LevelClause: ['level', '=value'],
    Champion: ['champion', '=name', '=title', '{clauses}'],
    RoleClause: ['role', '=text'],
    OriginClause: ['origin', '=value'],
    Institution: ['institution', '=name', '=title', '{clauses}'],
    InstitutionTypeClause: ['type', '=value'],
    TierClause: ['tier', '=value'],
    ScientistsClause: ['scientists', '=count'],
    Firm: ['firm', '=name', '=title', '{clauses}'],
    StarFlag: ['star'],
    StageClause: ['stage', '=value'],
    Industry: ['industry', '=name', '=title', '{clauses}'],
    IndustryKindClause: ['kind', '=value'],
    Fund: ['fund', '=name', '=title', '{clauses}'],
    SourceClause: ['source', '=value'],
    AmountClause: ['amount', '=money'],
    SelectionClause: ['selection', '=value'],
    AuditClause: ['audit', '=value'],
    ReviewClause: ['review', '=value'],
    PurposeClause: ['purpose', '=value'],
    Network: ['network', '=name', '=title', '{clauses}'],
    NetworkKindClause: ['kind', '=value'],
    MembersClause: ['members', '=members'],
    HostClause: ['host', '=host'],
    MeetsClause: ['meets', '=cadence'],
    OffersClause: ['offers', '=values'],
    BridgeClause: ['bridge', '=network', 'via', '=via'],
    Link: ['link', '=name', '=title', '{clauses}'],
    LinkScopeClause: ['scope', '=value'],
    ChannelClause: ['channel', '=text'],
    PartnerClause: ['partner', '=partner'],
    Problem: ['problem', '=kind', '=description', '{clauses}'],
    ResponseClause: ['response', '=responses'],
    Task: ['task', '=name', '=title', '{clauses}'],
    TermClause: ['term', '=value'],
    OwnerClause: ['owner', '=owner'],
    PeriodClause: ['period', '=start', 'to', '=end'],
    BudgetClause: ['budget', '=money'],
    GoalsClause: ['goals', '=goals'],
    AfterClause: ['after', '=tasks'],
    Money: ['=amount', '=unit']
};

/** Properties holding a quoted string; every other string property is a keyword or a name. */
const QUOTED = new Set(['title', 'text', 'statement', 'description', 'rule', 'reason']);

export function printPlan(node: AstNode, indent = ''): string {
    const shape = SHAPES[node.$type];
    if (!shape) {
        throw new Error(`the test printer does not know the node type ${node.$type}`);
    }
    const parts: string[] = [];
    for (const part of shape) {
        if (part.startsWith('{')) {
            const children = (node as unknown as Record<string, AstNode[]>)[part.slice(1, -1)] ?? [];
            const inner = indent + '    ';
            parts.push(['{', ...children.map(child => inner + printPlan(child, inner)), `${indent}}`].join('\n'));
        } else if (part.startsWith('=')) {
            const property = part.slice(1);
            const value = (node as unknown as Record<string, unknown>)[property];
            if (value !== undefined) {
                parts.push(printValue(property, value, indent));
            }
        } else {
            parts.push(part);
        }
    }
    return parts.join(' ');
}

function printValue(property: string, value: unknown, indent: string): string {
    if (Array.isArray(value)) {
        return value.map(item => printValue(property, item, indent)).join(', ');
    }
    if (isReference(value)) {
        return value.$refText;
    }
    if (typeof value === 'string') {
        return QUOTED.has(property) ? quote(value) : value;
    }
    if (typeof value === 'number') {
        return String(value);
    }
    return printPlan(value as AstNode, indent);
}

export function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The AST as plain data without Langium's `$` bookkeeping; a reference becomes its text. */
export function normaliseAst(value: unknown): unknown {
    if (Array.isArray(value)) {
        return value.map(normaliseAst);
    }
    if (isReference(value)) {
        return { ref: value.$refText };
    }
    if (value && typeof value === 'object') {
        const node = value as Record<string, unknown>;
        const result: Record<string, unknown> = { type: node.$type };
        for (const key of Object.keys(node).sort()) {
            if (!key.startsWith('$')) {
                result[key] = normaliseAst(node[key]);
            }
        }
        return result;
    }
    return value;
}
