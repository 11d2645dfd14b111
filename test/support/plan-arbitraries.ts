import fc from 'fast-check';
import { EmptyFileSystem } from 'langium';
import { RULES } from '../../src/analysis/catalogue.js';
import { createClusterPlanCoreServices } from '../../src/language/cluster-plan-module.js';
import { keywordsUsableAsNames } from '../../src/language/token-builder.js';
import { quote } from './plan-printer.js';

/**
 * fast-check generators of VALID plans, built from the constructs of the language contract
 * (language.md): any subset of clauses in any order, Hangul names, names spelled like
 * keywords, every money unit, and every kind of reference pointing at an existing element
 * of the right kind. A plan is kept as a small model so that properties can add or remove
 * one element or clause and compare the rule outcomes.
 */

export interface ItemModel {
    readonly kind: string;
    readonly name?: string;
    /** The item's first line: keyword, name, title … (a plan-level clause is only this). */
    readonly head: string;
    /** The lines inside `{ … }`; `undefined` when the block is left out. */
    readonly clauses?: readonly string[];
}

export interface PlanModel {
    readonly name: string;
    readonly title: string;
    readonly items: readonly ItemModel[];
    /** Everything on one line (comments then use the block form). */
    readonly compact: boolean;
}

/** Every keyword a name may be spelled as, as the lexer knows them. */
export const KEYWORDS: readonly string[] = keywordsUsableAsNames(createClusterPlanCoreServices(EmptyFileSystem).ClusterPlan.parser.Lexer);

const ACTOR_KINDS = ['agency', 'government', 'champion', 'institution', 'firm', 'industry'] as const;
const ELEMENT_KINDS = [...ACTOR_KINDS, 'fund', 'network', 'link', 'task'] as const;
const MONEY_UNITS = ['KRW', 'USD', '억원', '백만원', '조원'] as const;
const SEGMENTS = ['research', 'discovery', 'preclinical', 'clinical', 'manufacturing', 'marketing'];
const GOALS = ['talent', 'infrastructure', 'workforce', 'policy', 'finance', 'research', 'startups', 'services', 'network', 'global', 'researchers'];
const RESPONSES = ['collaboration', 'liaison', 'training', 'transfer', 'procurement', 'desubsidize', 'horizontal', 'consulting',
    'noninterference', 'competition', 'foresight', 'intelligence', 'dialogue', 'cooperation', 'reward'];
const CADENCES = ['monthly', 'quarterly', 'annually'];

const hangulSyllable = fc.integer({ min: 0xac00, max: 0xd7a3 }).map(code => String.fromCharCode(code));
const hangulJamo = fc.integer({ min: 0x3131, max: 0x318e }).map(code => String.fromCharCode(code));
const hangulName = fc.tuple(hangulSyllable, fc.array(fc.oneof(hangulSyllable, hangulJamo, fc.constantFrom('1', '2', '_')), { maxLength: 5 }))
    .map(([first, rest]) => first + rest.join(''));
const asciiName = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,7}$/);
const nameArb: fc.Arbitrary<string> = fc.oneof(hangulName, asciiName, fc.constantFrom(...KEYWORDS));

const stringChar = fc.oneof(
    { weight: 3, arbitrary: hangulSyllable },
    { weight: 3, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: fc.constantFrom('"', '\\', '\n', ' ', '·', '–', '(주)', '😀', '\t') }
);
const textArb: fc.Arbitrary<string> = fc.array(stringChar, { maxLength: 16 }).map(chars => quote(chars.join('')));

const amountArb = fc.oneof(
    fc.nat({ max: 1_000_000_000 }).map(String),
    fc.tuple(fc.nat({ max: 99_999 }), fc.stringMatching(/^[0-9]{1,3}$/)).map(([whole, fraction]) => `${whole}.${fraction}`)
);
/** `120 억원` and `120억원` alike, in every unit. */
const moneyArb: fc.Arbitrary<string> = fc.tuple(amountArb, fc.constantFrom(...MONEY_UNITS), fc.boolean())
    .map(([amount, unit, spaced]) => `${amount}${spaced ? ' ' : ''}${unit}`);
const yearArb = fc.integer({ min: 1990, max: 2100 });
const countArb = fc.nat({ max: 500 });

const list = (values: readonly string[]) => fc.array(fc.constantFrom(...values), { minLength: 1, maxLength: 4 }).map(items => items.join(', '));
const keyword = (word: string, values: readonly string[]) => fc.constantFrom(...values).map(value => `${word} ${value}`);
const prefixed = (word: string, arb: fc.Arbitrary<string>) => arb.map(value => `${word} ${value}`);

/** Any subset of the given clauses (each at most once), in any order, plus repeatable extras. */
function clauses(single: Record<string, fc.Arbitrary<string>>, repeatable: fc.Arbitrary<string[]> = fc.constant([])): fc.Arbitrary<string[]> {
    return fc.tuple(fc.record(single, { requiredKeys: [] }), repeatable).chain(([chosen, extra]) => {
        const all = [...Object.values(chosen).filter((line): line is string => line !== undefined), ...extra];
        return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
    });
}

function withoutEmpty(arbs: Record<string, fc.Arbitrary<string> | undefined>): Record<string, fc.Arbitrary<string>> {
    return Object.fromEntries(Object.entries(arbs).filter((entry): entry is [string, fc.Arbitrary<string>] => entry[1] !== undefined));
}

interface Skeleton {
    readonly elements: ReadonlyArray<{ kind: string; name: string }>;
}

function namesOf(skeleton: Skeleton, kinds: readonly string[]): string[] {
    return skeleton.elements.filter(element => kinds.includes(element.kind)).map(element => element.name);
}

/** A reference clause, or nothing when the plan has no element of the right kind. */
function referenceTo(skeleton: Skeleton, kinds: readonly string[], build: (names: string[]) => fc.Arbitrary<string>): fc.Arbitrary<string> | undefined {
    const names = namesOf(skeleton, kinds);
    return names.length > 0 ? build(names) : undefined;
}

const oneOf = (names: string[]) => fc.constantFrom(...names);
const someOf = (names: string[]) => fc.array(fc.constantFrom(...names), { minLength: 1, maxLength: 4 }).map(items => items.join(', '));

function elementClauses(kind: string, skeleton: Skeleton): fc.Arbitrary<string[]> {
    const actors = [...ACTOR_KINDS];
    switch (kind) {
        case 'agency':
            return clauses(withoutEmpty({
                independent: fc.constant('independent'), budget: prefixed('budget', moneyArb), mandate: prefixed('mandate', textArb), survey: keyword('survey', CADENCES),
                operator: keyword('operator', ['private', 'public']),
                coordinates: referenceTo(skeleton, ['government'], names => prefixed('coordinates', someOf(names)))
            }));
        case 'government':
            return clauses({ level: keyword('level', ['local', 'central']) });
        case 'champion':
            return clauses({ role: prefixed('role', textArb), origin: keyword('origin', ['local', 'external']) });
        case 'institution':
            return clauses({
                type: keyword('type', ['university', 'institute', 'hospital']), tier: keyword('tier', ['global', 'national', 'regional']),
                origin: keyword('origin', ['local', 'external']), scientists: prefixed('scientists', countArb.map(String))
            });
        case 'firm':
            return clauses({ star: fc.constant('star'), origin: keyword('origin', ['local', 'external']), stage: keyword('stage', ['startup', 'growth', 'established']) });
        case 'industry':
            return clauses({ kind: keyword('kind', ['hospital', 'pharma', 'cro', 'cmo', 'other']) });
        case 'fund':
            return clauses({
                source: keyword('source', ['private', 'public', 'joint']), amount: prefixed('amount', moneyArb),
                selection: keyword('selection', ['competitive', 'discretionary']), audit: keyword('audit', ['continuous', 'annual', 'none']),
                review: keyword('review', ['staged', 'none']), purpose: keyword('purpose', ['research', 'infrastructure', 'investment', 'subsidy'])
            });
        case 'network': {
            const networks = namesOf(skeleton, ['network']);
            const actorNames = namesOf(skeleton, actors);
            const bridges = networks.length > 0 && actorNames.length > 0
                ? fc.array(fc.tuple(oneOf(networks), oneOf(actorNames)).map(([network, via]) => `bridge ${network} via ${via}`), { maxLength: 2 })
                : fc.constant<string[]>([]);
            return clauses(withoutEmpty({
                kind: keyword('kind', ['business', 'social', 'official']),
                members: referenceTo(skeleton, actors, names => prefixed('members', someOf(names))),
                host: referenceTo(skeleton, actors, names => prefixed('host', oneOf(names))),
                meets: keyword('meets', CADENCES),
                offers: prefixed('offers', list(['market', 'foresight', 'overseas', 'matching']))
            }), bridges);
        }
        case 'link':
            return clauses(withoutEmpty({
                scope: keyword('scope', ['overseas', 'domestic']), tier: keyword('tier', ['global', 'national', 'regional']), channel: prefixed('channel', textArb),
                partner: referenceTo(skeleton, actors, names => prefixed('partner', oneOf(names)))
            }));
        case 'task':
            return clauses(withoutEmpty({
                term: keyword('term', ['short', 'long']),
                owner: referenceTo(skeleton, actors, names => prefixed('owner', oneOf(names))),
                period: fc.tuple(yearArb, yearArb).map(([start, end]) => `period ${start} to ${end}`),
                budget: prefixed('budget', moneyArb),
                goals: prefixed('goals', list(GOALS)),
                after: referenceTo(skeleton, ['task'], names => prefixed('after', someOf(names)))
            }));
        default:
            throw new Error(`unknown element kind ${kind}`);
    }
}

function elementArb(element: { kind: string; name: string }, skeleton: Skeleton): fc.Arbitrary<ItemModel> {
    const blockOptional = element.kind !== 'task';
    return fc.tuple(textArb, elementClauses(element.kind, skeleton), fc.boolean()).map(([title, body, omitEmptyBlock]) => ({
        kind: element.kind,
        name: element.name,
        head: `${element.kind} ${element.name} ${title}`,
        clauses: blockOptional && body.length === 0 && omitEmptyBlock ? undefined : body
    }));
}

function planClauses(skeleton: Skeleton): fc.Arbitrary<ItemModel[]> {
    const simple = (kind: string, arb: fc.Arbitrary<string>) => arb.map((head): ItemModel => ({ kind, head }));
    const assessmentEntry = fc.tuple(fc.constantFrom('summary', 'strength', 'weakness', 'consensus'), textArb).map(([kind, text]) => `${kind} ${text}`);
    const vision = fc.tuple(textArb, clauses(withoutEmpty({
        strategy: keyword('strategy', ['greenfield', 'attraction']),
        scope: keyword('scope', ['hightech', 'lifescience']),
        structure: keyword('structure', ['integrated', 'distributed']),
        position: prefixed('position', list(SEGMENTS)),
        outsource: referenceTo(skeleton, ['link'], links => fc.tuple(list(SEGMENTS), oneOf(links)).map(([segments, link]) => `outsource ${segments} to ${link}`))
    }))).map(([statement, body]): ItemModel => ({ kind: 'vision', head: `vision ${statement}`, clauses: body }));
    const problem = fc.tuple(
        fc.constantFrom('mismatch', 'purchasing', 'policy', 'market', 'information', 'linkage'),
        fc.option(textArb, { nil: undefined }),
        fc.option(prefixed('response', list(RESPONSES)), { nil: undefined })
    ).map(([kind, description, response]): ItemModel => ({
        kind: 'problem', head: `problem ${kind}${description ? ` ${description}` : ''}`, clauses: response ? [response] : []
    }));
    const ruleId = fc.oneof(fc.constantFrom(...RULES.map(rule => rule.id)), fc.string({ maxLength: 12 }).map(text => text.replace(/["\\]/g, '')));
    const waiver = fc.tuple(ruleId, textArb).map(([rule, reason]): ItemModel => ({ kind: 'waive', head: `waive ${quote(rule)} because ${reason}` }));
    return fc.tuple(
        fc.record({
            region: simple('region', prefixed('region', textArb)),
            horizon: simple('horizon', fc.tuple(yearArb, yearArb).map(([start, end]) => `horizon ${start} to ${end}`)),
            leadership: simple('leadership', keyword('leadership', ['private', 'government', 'joint'])),
            language: simple('language', keyword('language', ['ko', 'en'])),
            services: simple('services', prefixed('services', list(['venture', 'patent', 'legal', 'finance', 'consulting']))),
            environment: simple('environment', prefixed('environment', list(['education', 'culture', 'transport', 'housing', 'childcare', 'medical']))),
            incentives: simple('incentives', prefixed('incentives', list(['tax', 'deregulation', 'exit']))),
            ip: simple('ip', prefixed('ip', textArb)),
            assessment: fc.array(assessmentEntry, { maxLength: 5 }).map((entries): ItemModel => ({ kind: 'assessment', head: 'assessment', clauses: entries })),
            vision
        }, { requiredKeys: [] }),
        fc.array(problem, { maxLength: 3 }),
        fc.array(waiver, { maxLength: 2 }),
        fc.array(fc.stringMatching(/^[ a-z가-힣0-9]{0,20}$/).map((text): ItemModel => ({ kind: 'comment', head: text })), { maxLength: 3 })
    ).map(([single, problems, waivers, comments]) => [...Object.values(single), ...problems, ...waivers, ...comments]);
}

/** A valid plan: every reference names an existing element of the kind it needs. */
export const planModelArb: fc.Arbitrary<PlanModel> = fc.record({
    name: nameArb,
    title: textArb,
    compact: fc.boolean(),
    elements: fc.uniqueArray(fc.record({ kind: fc.constantFrom(...ELEMENT_KINDS), name: nameArb }), { selector: element => element.name, maxLength: 14 })
}).chain(skeleton => fc.tuple(
    fc.tuple(...skeleton.elements.map(element => elementArb(element, skeleton))),
    planClauses(skeleton)
).chain(([elements, others]) => {
    const all = [...elements, ...others];
    return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
}).map((items): PlanModel => ({ name: skeleton.name, title: skeleton.title, compact: skeleton.compact, items })));

export function renderPlan(model: PlanModel): string {
    const newline = model.compact ? ' ' : '\n';
    const indent = model.compact ? '' : '    ';
    const renderItem = (item: ItemModel): string => {
        if (item.kind === 'comment') {
            return model.compact ? `/* ${item.head} */` : `// ${item.head}`;
        }
        if (item.clauses === undefined) {
            return item.head;
        }
        const inner = item.clauses.map(clause => `${indent}${indent}${clause}`);
        return [`${item.head} {`, ...inner, `${indent}}`].join(newline);
    };
    return [`plan ${model.name} ${model.title} {`, ...model.items.map(item => indent + renderItem(item)), '}', ''].join(newline);
}

/** Names no generated element can have, for elements a property adds. */
export const freshName = (n: number) => `__fresh${n}`;
