import fc from 'fast-check';
import { AstUtils, GrammarUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { analysePlan } from '../src/analysis/engine.js';
import type { Plan } from '../src/grammar/generated/ast.js';
import { checkText, codesOf } from './helpers.js';
import { freshName, planModelArb, renderPlan, type ItemModel, type PlanModel } from './support/plan-arbitraries.js';
import { fuzzParameters } from './support/fuzz-settings.js';
import { normaliseAst, printPlan } from './support/plan-printer.js';

/** Parses a plan and returns the rules that fired (a waived rule fired too: the waiver silenced it). */
async function firedRules(text: string, options: { removedReferenced?: boolean } = {}): Promise<Set<string>> {
    const { document, diagnostics } = await checkText(text);
    // Removing an element others name leaves those names unresolved; nothing else may break.
    const broken = options.removedReferenced ? ['syntax'] : ['syntax', 'reference'];
    expect(codesOf(diagnostics).filter(code => broken.includes(code)), text).toEqual([]);
    const { statuses } = analysePlan(document.parseResult.value as Plan);
    return new Set([...statuses].filter(([, status]) => status === 'failed' || status === 'waived').map(([ruleId]) => ruleId));
}

const insertAt = (model: PlanModel, at: number, ...added: ItemModel[]): PlanModel => {
    const index = at % (model.items.length + 1);
    return { ...model, items: [...model.items.slice(0, index), ...added, ...model.items.slice(index)] };
};
const withoutItems = (model: PlanModel, drop: (item: ItemModel) => boolean): PlanModel =>
    ({ ...model, items: model.items.filter(item => !drop(item)) });
const mapClauses = (model: PlanModel, kind: string, change: (clauses: readonly string[]) => readonly string[]): PlanModel =>
    ({ ...model, items: model.items.map(item => item.kind === kind && item.clauses ? { ...item, clauses: change(item.clauses) } : item) });
const element = (kind: string, n: number, ...clauses: string[]): ItemModel =>
    ({ kind, name: freshName(n), head: `${kind} ${freshName(n)} "추가"`, clauses });
const clause = (kind: string, head: string): ItemModel => ({ kind, head });

describe('generated valid plans', () => {
    test('parse and link with no syntax or reference diagnostic', async () => {
        await fc.assert(fc.asyncProperty(planModelArb, async model => {
            const text = renderPlan(model);
            const { diagnostics } = await checkText(text);
            expect(codesOf(diagnostics).filter(code => code === 'syntax' || code === 'reference'), text).toEqual([]);
        }), fuzzParameters(600));
    }, 600_000);

    test('print back to text and parse again to the same AST', async () => {
        await fc.assert(fc.asyncProperty(planModelArb, async model => {
            const first = await checkText(renderPlan(model));
            const printed = printPlan(first.document.parseResult.value);
            const second = await checkText(printed);
            expect(codesOf(second.diagnostics).filter(code => code === 'syntax' || code === 'reference'), printed).toEqual([]);
            expect(normaliseAst(second.document.parseResult.value)).toEqual(normaliseAst(first.document.parseResult.value));
        }), fuzzParameters(300));
    }, 600_000);
});

/**
 * Monotonic properties: one change that satisfies (or breaks) a principle moves that rule,
 * and only in that direction, whatever else the plan holds.
 */
describe('rule outcomes move the right way when one element or clause changes', () => {
    const RUNS = 60;
    const property = (name: string, check: (model: PlanModel, at: number) => Promise<void>) =>
        test(name, async () => {
            await fc.assert(fc.asyncProperty(planModelArb, fc.nat(), check), fuzzParameters(RUNS));
        }, 600_000);

    property('adding an independent agency with budget and survey never adds agency-required, agency-independent, agency-budget or firm-voice', async (model, at) => {
        const before = await firedRules(renderPlan(model));
        const after = await firedRules(renderPlan(insertAt(model, at, element('agency', 0, 'independent', 'budget 10 억원', 'survey monthly'))));
        expect(after.has('agency-required')).toBe(false);
        expect(after.has('firm-voice')).toBe(false);
        for (const rule of ['agency-independent', 'agency-budget']) {
            expect(after.has(rule) && !before.has(rule)).toBe(false);
        }
    });

    property('removing every tier global institution and link adds world-class-research; adding one removes it', async (model, at) => {
        const withoutGlobal = (clauses: readonly string[]) => clauses.filter(line => line !== 'tier global');
        const stripped = mapClauses(mapClauses(model, 'institution', withoutGlobal), 'link', withoutGlobal);
        expect((await firedRules(renderPlan(stripped))).has('world-class-research')).toBe(true);
        const anchored = insertAt(stripped, at, element('institution', 0, 'tier global'));
        expect((await firedRules(renderPlan(anchored))).has('world-class-research')).toBe(false);
    });

    property('adding a consensus entry removes consensus-required; removing every one adds it back', async (model, at) => {
        const hasAssessment = model.items.some(item => item.kind === 'assessment');
        // An assessment needs a written strength and weakness, or assessment-required fires (rules v2).
        const entries = ['strength "강점"', 'weakness "약점"', 'consensus "합의"'];
        const agreed = hasAssessment
            ? mapClauses(model, 'assessment', clauses => [...clauses, ...entries])
            : insertAt(model, at, { kind: 'assessment', head: 'assessment', clauses: entries });
        const agreedRules = await firedRules(renderPlan(agreed));
        expect(agreedRules.has('consensus-required')).toBe(false);
        expect(agreedRules.has('assessment-required')).toBe(false);
        const disagreed = mapClauses(agreed, 'assessment', clauses => clauses.filter(line => !line.startsWith('consensus ')));
        expect((await firedRules(renderPlan(disagreed))).has('consensus-required')).toBe(true);
    });

    property('removing the assessment adds assessment-required and never consensus-required', async model => {
        const rules = await firedRules(renderPlan(withoutItems(model, item => item.kind === 'assessment')));
        expect(rules.has('assessment-required')).toBe(true);
        expect(rules.has('consensus-required')).toBe(false);
    });

    property('removing the vision adds vision-required; a complete vision clears vision-required and vision-choices', async (model, at) => {
        const noVision = withoutItems(model, item => item.kind === 'vision');
        expect((await firedRules(renderPlan(noVision))).has('vision-required')).toBe(true);
        const complete = insertAt(noVision, at, { kind: 'vision', head: 'vision "비전"', clauses: ['strategy greenfield', 'scope hightech', 'structure integrated'] });
        const rules = await firedRules(renderPlan(complete));
        expect(rules.has('vision-required')).toBe(false);
        expect(rules.has('vision-choices')).toBe(false);
    });

    property('removing every champion adds champion-required; adding one removes it', async (model, at) => {
        const none = withoutItems(model, item => item.kind === 'champion');
        expect((await firedRules(renderPlan(none), { removedReferenced: true })).has('champion-required')).toBe(true);
        const championed = insertAt(none, at, element('champion', 0));
        expect((await firedRules(renderPlan(championed), { removedReferenced: true })).has('champion-required')).toBe(false);
    });

    property('removing every star flag adds star-firms; adding a star firm removes it', async (model, at) => {
        const noStars = mapClauses(model, 'firm', clauses => clauses.filter(line => line !== 'star'));
        expect((await firedRules(renderPlan(noStars))).has('star-firms')).toBe(true);
        expect((await firedRules(renderPlan(insertAt(noStars, at, element('firm', 0, 'star'))))).has('star-firms')).toBe(false);
    });

    property('adding a private fund removes private-capital (when no fund states its amount) and never adds a public-fund rule', async (model, at) => {
        // With amounts, private-capital also weighs private against public money (rules v2).
        const unweighed = mapClauses(model, 'fund', clauses => clauses.filter(line => !line.startsWith('amount ')));
        const before = await firedRules(renderPlan(unweighed));
        const after = await firedRules(renderPlan(insertAt(unweighed, at, element('fund', 0, 'source private'))));
        expect(after.has('private-capital')).toBe(false);
        for (const rule of ['competitive-selection', 'fund-audit', 'staged-review', 'no-subsidy']) {
            expect(after.has(rule) && !before.has(rule)).toBe(false);
        }
    });

    property('removing the ip clause adds ip-protection; an ip clause removes it', async (model, at) => {
        const none = withoutItems(model, item => item.kind === 'ip');
        expect((await firedRules(renderPlan(none))).has('ip-protection')).toBe(true);
        expect((await firedRules(renderPlan(insertAt(none, at, clause('ip', 'ip "지식재산 보호"'))))).has('ip-protection')).toBe(false);
    });

    property('removing every network adds network-required and leaves no small-world finding', async model => {
        const none = withoutItems(model, item => item.kind === 'network');
        // Only a network's own `bridge` names a network, so nothing is left unresolved.
        const rules = await firedRules(renderPlan(none));
        expect(rules.has('network-required')).toBe(true);
        expect(rules.has('small-world')).toBe(false);
    });

    property('adding an overseas link removes overseas-link; adding a pharma industry removes demand-industries', async (model, at) => {
        const rules = await firedRules(renderPlan(insertAt(model, at,
            element('link', 0, 'scope overseas'), element('industry', 1, 'kind pharma'))));
        expect(rules.has('overseas-link')).toBe(false);
        expect(rules.has('demand-industries')).toBe(false);
    });

    property('adding a short-term and a long-term task removes short-and-long-term', async (model, at) => {
        const rules = await firedRules(renderPlan(insertAt(model, at,
            { ...element('task', 0, 'term short'), kind: 'task' }, { ...element('task', 1, 'term long'), kind: 'task' })));
        expect(rules.has('short-and-long-term')).toBe(false);
    });

    property('a 15-year horizon clears horizon-ten-years; a 5-year one sets it', async (model, at) => {
        const none = withoutItems(model, item => item.kind === 'horizon');
        expect((await firedRules(renderPlan(insertAt(none, at, clause('horizon', 'horizon 2026 to 2040'))))).has('horizon-ten-years')).toBe(false);
        expect((await firedRules(renderPlan(insertAt(none, at, clause('horizon', 'horizon 2026 to 2030'))))).has('horizon-ten-years')).toBe(true);
    });

    property('all five support services clear support-services; dropping the clause sets it', async (model, at) => {
        const none = withoutItems(model, item => item.kind === 'services');
        expect((await firedRules(renderPlan(none))).has('support-services')).toBe(true);
        const full = insertAt(none, at, clause('services', 'services consulting, finance, legal, patent, venture'));
        expect((await firedRules(renderPlan(full))).has('support-services')).toBe(false);
    });
});

/**
 * The reading of texts (rules.md, "Blank text is absent"): white space added inside a text a
 * rule reads changes nothing, and a text blanked or left as a placeholder never silences a
 * finding.
 */
describe('texts rules read', () => {
    /** The texts of a parsed plan that rules read, as offsets of their quoted string (quotes included). */
    const readTexts = (document: Awaited<ReturnType<typeof checkText>>['document']) => AstUtils.streamAst(document.parseResult.value)
        .flatMap(node => TEXT_PROPERTIES.filter(([type]) => type === node.$type)
            .map(([, property]) => GrammarUtils.findNodeForProperty(node.$cstNode, property))
            .filter((cst): cst is NonNullable<typeof cst> => cst !== undefined))
        .map(cst => ({ start: cst.offset, end: cst.end }))
        .toArray();
    const findings = async (text: string) => (await checkText(text)).diagnostics
        .map(diagnostic => `${diagnostic.code}@${diagnostic.range.start.line}:${diagnostic.message}`).sort();
    const withTextClauses = planModelArb.filter(model => model.items.some(item =>
        ['assessment', 'ip', 'agency', 'champion', 'link', 'waive'].includes(item.kind)));

    test('white space appended inside any text a rule reads never changes the findings', async () => {
        await fc.assert(fc.asyncProperty(withTextClauses, fc.nat(), fc.constantFrom(' ', '\t', '\u3000', '  \u3000 '), async (model, pick, space) => {
            const text = renderPlan(model);
            const texts = readTexts((await checkText(text)).document);
            fc.pre(texts.length > 0);
            const { end } = texts[pick % texts.length];
            const spaced = `${text.slice(0, end - 1)}${space}${text.slice(end - 1)}`;
            expect(await findings(spaced)).toEqual(await findings(text));
        }), fuzzParameters(150));
    }, 600_000);

    test('blanking any text a rule reads, or leaving a placeholder there, never removes a finding', async () => {
        await fc.assert(fc.asyncProperty(withTextClauses, fc.nat(), fc.constantFrom('""', '"   "', '"\u3000"', '"<적을 내용>"'), async (model, pick, blank) => {
            const text = renderPlan(model);
            const texts = readTexts((await checkText(text)).document);
            fc.pre(texts.length > 0);
            const { start, end } = texts[pick % texts.length];
            // A rule that now fires may make its waiver used: waiver-unused is the one finding that may go.
            const before = await firedRules(text);
            const after = await firedRules(`${text.slice(0, start)}${blank}${text.slice(end)}`);
            expect([...before].filter(rule => !after.has(rule) && rule !== 'waiver-unused')).toEqual([]);
        }), fuzzParameters(150));
    }, 600_000);
});

/** The texts rules read (rules.md): AST type and property. */
const TEXT_PROPERTIES: ReadonlyArray<readonly [string, string]> = [
    ['AssessmentEntry', 'text'], ['IpClause', 'text'], ['MandateClause', 'text'], ['RoleClause', 'text'], ['ChannelClause', 'text'], ['Waiver', 'reason']
];
