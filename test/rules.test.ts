import { describe, expect, test } from 'vitest';
import { RULES } from '../src/analysis/catalogue.js';
import { PLAN_CHECKS } from '../src/analysis/checks/index.js';
import { checkText, codesOf, example } from './helpers.js';

const BUSAN = example('busan-marine-bio.cplan');

/** Replaces text that must be present, so that a test can never pass by changing nothing. */
function edit(text: string, ...replacements: Array<[string | RegExp, string]>): string {
    let result = text;
    for (const [from, to] of replacements) {
        const found = typeof from === 'string' ? result.includes(from) : from.test(result);
        if (!found) {
            throw new Error(`test setup: ${String(from)} is not in the plan`);
        }
        result = result.replace(from, to);
    }
    return result;
}

const beforeClosingBrace = (text: string, addition: string) => text.replace(/\}\s*$/, `${addition}\n}\n`);

const block = (keyword: string, name: string) => new RegExp(`\\n    ${keyword} ${name} "[^"]*"( \\{[^}]*\\})?\\n`);

interface RuleCase {
    /** A plan on which the rule fires. */
    readonly fires: string;
    /** How many diagnostics of the rule it gives there, when that matters. */
    readonly count?: number;
    /** Plans on which it stays silent; the clean Busan plan is always one. */
    readonly silent?: readonly string[];
}

const CASES: Record<string, RuleCase> = {
    'assessment-required': { fires: edit(BUSAN, [/\n    assessment \{[\s\S]*?\n    \}\n/, '\n']) },
    'consensus-required': {
        fires: edit(BUSAN, [/\n        consensus "[^"]*"/, '']),
        silent: [edit(BUSAN, [/\n    assessment \{[\s\S]*?\n    \}\n/, '\n'])]
    },
    'horizon-ten-years': {
        fires: edit(BUSAN, ['horizon 2026 to 2037', 'horizon 2026 to 2034']),
        silent: [edit(BUSAN, ['horizon 2026 to 2037', 'horizon 2026 to 2035'])]
    },
    'vision-required': { fires: edit(BUSAN, [/\n    vision "[^"]*" \{[\s\S]*?\n    \}\n/, '\n']) },
    'vision-choices': {
        fires: edit(BUSAN, ['strategy attraction', ''], ['scope hightech', ''], ['structure distributed', '']),
        count: 3,
        silent: [edit(BUSAN, [/\n    vision "[^"]*" \{[\s\S]*?\n    \}\n/, '\n'])]
    },
    'value-chain-position': { fires: edit(BUSAN, ['position research, discovery, preclinical', '']) },
    'outsourcing-plan': {
        fires: edit(BUSAN, ['outsource clinical, manufacturing to OsongLink', '']),
        silent: [edit(BUSAN, ['outsource clinical, manufacturing to OsongLink', ''], ['structure distributed', 'structure integrated'])]
    },
    'short-and-long-term': {
        fires: BUSAN.replaceAll('term long', 'term short'),
        count: 1,
        silent: [edit(BUSAN, ['term short', 'term long'])]
    },
    'short-term-agenda': {
        fires: edit(BUSAN, ['goals workforce', 'goals talent']),
        count: 1,
        silent: [BUSAN.replaceAll('term short', 'term long')]
    },
    'long-term-agenda': {
        fires: edit(BUSAN, ['goals network, global', 'goals network']),
        silent: [BUSAN.replaceAll('term long', 'term short')]
    },
    'agency-required': { fires: edit(BUSAN, [block('agency', 'BMBA'), '\n']) },
    'agency-independent': {
        fires: edit(BUSAN, [/\n        independent/, '']),
        silent: [edit(BUSAN, [block('agency', 'BMBA'), '\n'])]
    },
    'agency-budget': { fires: edit(BUSAN, ['budget 120 억원', '']) },
    'firm-voice': {
        fires: edit(BUSAN, ['survey quarterly', '']),
        silent: [edit(BUSAN, ['survey quarterly', 'survey annually'])]
    },
    'private-led': {
        fires: edit(BUSAN, ['leadership private', 'leadership government'])
    },
    'champion-required': {
        fires: edit(BUSAN, [/champion DrJeong "([^"]*)" \{[^}]*\}/, 'firm DrJeong "$1"'])
    },
    'government-role': {
        fires: edit(BUSAN, ['goals talent, infrastructure', 'goals talent, infrastructure, finance'])
    },
    'world-class-research': {
        fires: edit(BUSAN, ['tier global', 'tier national']),
        silent: [edit(BUSAN, ['tier national', 'tier global'])]
    },
    'star-scientists': {
        fires: edit(BUSAN, ['scientists 4', 'scientists 0']),
        silent: [edit(BUSAN, ['scientists 4', 'scientists 1'])]
    },
    'star-firms': { fires: edit(BUSAN, ['{ star origin local', '{ origin local']) },
    'private-capital': {
        fires: edit(BUSAN, ['source joint', 'source public']),
        silent: [edit(BUSAN, ['source joint', 'source private'])]
    },
    'competitive-selection': {
        fires: edit(BUSAN, ['selection competitive', 'selection discretionary']),
        count: 1,
        silent: [edit(BUSAN, ['source joint', 'source private'], ['selection competitive', 'selection discretionary'])]
    },
    'fund-audit': {
        fires: edit(BUSAN, ['audit continuous', 'audit annual']),
        silent: [edit(BUSAN, ['source joint', 'source private'], ['audit continuous', 'audit none'])]
    },
    'staged-review': {
        fires: BUSAN.replaceAll('review staged', 'review none'),
        count: 2
    },
    'no-subsidy': {
        fires: edit(BUSAN, ['purpose research', 'purpose subsidy']),
        silent: [edit(BUSAN, ['purpose research', 'purpose infrastructure'])]
    },
    'support-services': {
        fires: edit(BUSAN, ['services venture, patent, legal, finance, consulting', 'services venture, finance']),
        count: 1,
        silent: [edit(BUSAN, ['services venture, patent, legal, finance, consulting', 'services consulting, finance, legal, patent, venture'])]
    },
    'demand-industries': {
        fires: edit(BUSAN, ['kind hospital', 'kind cro']),
        silent: [edit(BUSAN, ['kind hospital', 'kind pharma'])]
    },
    'living-environment': {
        fires: edit(BUSAN, [/\n    environment [^\n]*/, '']),
        silent: [edit(BUSAN, ['environment education, culture, transport, childcare', 'environment transport, culture, education'])]
    },
    'business-incentives': { fires: edit(BUSAN, ['incentives tax, deregulation', 'incentives deregulation']) },
    'ip-protection': { fires: edit(BUSAN, [/\n    ip "[^"]*"/, '']) },
    'problem-response': {
        fires: edit(BUSAN, ['response collaboration, transfer', 'response procurement']),
        silent: [edit(BUSAN, ['response collaboration, transfer', 'response procurement, training'])]
    },
    'network-required': {
        fires: edit(BUSAN, [/\n    network DiscoveryForum[\s\S]*?\n    \}\n/, '\n'], [/\n    network TalentCircle[\s\S]*?\n    \}\n/, '\n'])
    },
    'business-network': {
        fires: edit(BUSAN, ['kind business', 'kind official']),
        count: 1
    },
    'network-services': { fires: edit(BUSAN, ['offers matching, overseas', '']) },
    'small-world': {
        // A shared host and a `via` actor do not tie two networks; a shared member does.
        fires: edit(BUSAN, ['bridge TalentCircle via DrJeong', ''], ['members PNU, BlueCell', 'members PNU'], ['host PNU', 'host BMBA']),
        count: 1,
        silent: [edit(BUSAN, ['bridge TalentCircle via DrJeong', ''])]
    },
    'overseas-link': { fires: edit(BUSAN, ['scope overseas', 'scope domestic']) },
    'task-owner': { fires: edit(BUSAN, ['owner PNU', '']) },
    'period-order': {
        fires: edit(BUSAN, ['period 2026 to 2028', 'period 2028 to 2026']),
        silent: [edit(BUSAN, ['period 2026 to 2028', 'period 2026 to 2026'])]
    },
    'period-within-horizon': {
        fires: edit(BUSAN, ['period 2027 to 2036', 'period 2027 to 2040']),
        silent: [
            edit(BUSAN, ['period 2027 to 2036', 'period 2027 to 2040'], ['horizon 2026 to 2037', 'horizon 2037 to 2026']),
            edit(BUSAN, ['period 2027 to 2036', 'period 2027 to 2040'], [/\n    horizon [^\n]*/, ''])
        ]
    },
    'task-cycle': {
        fires: edit(BUSAN, ['goals workforce', 'goals workforce\n        after T4']),
        count: 2
    },
    'waiver-unknown-rule': {
        fires: beforeClosingBrace(BUSAN, 'waive "syntax" because "구문 오류는 면제할 수 없다"'),
        silent: [beforeClosingBrace(edit(BUSAN, ['tier global', 'tier national']), 'waive "world-class-research" because "2단계에서 유치"')]
    },
    'waiver-reason': {
        fires: beforeClosingBrace(edit(BUSAN, ['tier global', 'tier national']), 'waive "world-class-research" because "   "'),
        silent: [beforeClosingBrace(edit(BUSAN, ['tier global', 'tier national']), 'waive "world-class-research" because "2단계에서 유치"')]
    },
    'waiver-unused': {
        fires: beforeClosingBrace(BUSAN, 'waive "world-class-research" because "2단계에서 유치"'),
        silent: [beforeClosingBrace(BUSAN, 'waive "no-such-rule" because "오타"')]
    },
    'duplicate-name': {
        fires: edit(BUSAN, ['firm BlueCell', 'firm SeaGen "중복"\n    firm BlueCell']),
        count: 1,
        silent: [edit(BUSAN, ['plan BusanMarineBio', 'plan SeaGen'])]
    },
    'duplicate-clause': {
        fires: edit(BUSAN, ['region "부산광역시"', 'region "부산광역시"\n    region "부산"'], ['budget 120 억원', 'budget 120 억원\n        budget 10 억원']),
        count: 2,
        silent: [edit(BUSAN, ['bridge TalentCircle via DrJeong', 'bridge TalentCircle via DrJeong\n        bridge TalentCircle via PNU'])]
    },
    syntax: { fires: edit(BUSAN, ['horizon 2026 to 2037', 'horizon 2026 ~ 2037']) },
    reference: {
        fires: edit(BUSAN, ['owner PNU', 'owner T1']),
        silent: [edit(BUSAN, ['firm BlueCell', 'firm task'], ['members SeaGen, BlueCell', 'members SeaGen, task'], ['members PNU, BlueCell', 'members PNU, task'])]
    }
};

describe('every rule fires where it should and only there', () => {
    test('the cases cover exactly the catalogue', () => {
        expect(Object.keys(CASES).sort()).toEqual(RULES.map(rule => rule.id).sort());
    });

    for (const [ruleId, ruleCase] of Object.entries(CASES)) {
        test(`${ruleId} fires`, async () => {
            const codes = codesOf((await checkText(ruleCase.fires)).diagnostics);
            expect(codes).toContain(ruleId);
            if (ruleCase.count !== undefined) {
                expect(codes.filter(code => code === ruleId)).toHaveLength(ruleCase.count);
            }
        });

        test(`${ruleId} stays silent on a plan that keeps the principle`, async () => {
            for (const plan of [BUSAN, ...ruleCase.silent ?? []]) {
                expect(codesOf((await checkText(plan)).diagnostics)).not.toContain(ruleId);
            }
        });
    }
});

describe('the rule catalogue', () => {
    const SPEC_IDS = [
        'assessment-required', 'consensus-required', 'horizon-ten-years', 'vision-required', 'vision-choices',
        'value-chain-position', 'outsourcing-plan', 'short-and-long-term', 'short-term-agenda', 'long-term-agenda',
        'agency-required', 'agency-independent', 'agency-budget', 'firm-voice', 'private-led', 'champion-required',
        'government-role', 'world-class-research', 'star-scientists', 'star-firms', 'private-capital',
        'competitive-selection', 'fund-audit', 'staged-review', 'no-subsidy', 'support-services', 'demand-industries',
        'living-environment', 'business-incentives', 'ip-protection', 'problem-response', 'network-required',
        'business-network', 'network-services', 'small-world', 'overseas-link', 'task-owner', 'period-order',
        'period-within-horizon', 'task-cycle', 'waiver-unknown-rule', 'waiver-reason', 'waiver-unused',
        'duplicate-name', 'duplicate-clause', 'syntax', 'reference'
    ];

    test('holds exactly the rules of the spec, each once', () => {
        expect(RULES.map(rule => rule.id).sort()).toEqual([...SPEC_IDS].sort());
    });

    test('has a check for every rule the engine runs, and no check without a rule', () => {
        const engineApplied = new Set(['waiver-unknown-rule', 'waiver-reason', 'waiver-unused', 'syntax', 'reference']);
        expect(Object.keys(PLAN_CHECKS).sort()).toEqual(RULES.map(rule => rule.id).filter(id => !engineApplied.has(id)).sort());
    });

    test('gives every principle rule its Korean source passage and English gist', () => {
        for (const rule of RULES.filter(entry => entry.category !== 'hygiene')) {
            expect(rule.source?.passage, rule.id).toMatch(/[가-힣]/);
            expect(rule.source?.gist, rule.id).toMatch(/[a-z]/);
        }
    });

    test('has every message in Korean and English', () => {
        for (const rule of RULES) {
            expect(rule.message.ko, rule.id).toMatch(/[가-힣]/);
            expect(rule.message.en, rule.id).toMatch(/^[\x20-\x7e–→…]+$/u);
        }
    });

    test('uses the severities of the spec', async () => {
        const { diagnostics } = await checkText(example('daegu-draft.cplan'));
        for (const diagnostic of diagnostics) {
            const rule = RULES.find(entry => entry.id === diagnostic.code)!;
            expect(diagnostic.severity, rule.id).toBe({ error: 1, warning: 2, info: 3, hint: 4 }[rule.severity]);
        }
    });
});

describe('private-led', () => {
    const leadership = async (clause: string) => (await checkText(edit(BUSAN, ['leadership private', clause]))).diagnostics
        .filter(diagnostic => diagnostic.code === 'private-led');

    test('is an error for government-led and missing leadership, a warning for joint', async () => {
        expect((await leadership('leadership government'))[0].severity).toBe(1);
        expect((await leadership(''))[0].severity).toBe(1);
        expect((await leadership('leadership joint'))[0].severity).toBe(2);
    });
});

describe('waivers', () => {
    const withoutGlobal = edit(BUSAN, ['tier global', 'tier national']);

    test('a waiver with a reason silences its rule and is reported with the reason', async () => {
        const { document, diagnostics } = await checkText(beforeClosingBrace(withoutGlobal, 'waive "world-class-research" because "2단계에서 유치"'));
        expect(codesOf(diagnostics)).toEqual([]);
        const { services } = await import('./helpers.js');
        expect(services.plan.Analyzer.analyse(document).waived.map(entry => [entry.ruleId, entry.reason]))
            .toEqual([['world-class-research', '2단계에서 유치']]);
    });

    test('a waiver with a blank reason silences nothing', async () => {
        const codes = codesOf((await checkText(beforeClosingBrace(withoutGlobal, 'waive "world-class-research" because ""'))).diagnostics);
        expect(codes.sort()).toEqual(['waiver-reason', 'world-class-research']);
    });

    test('an unknown id gives only waiver-unknown-rule, with a suggestion for a near miss', async () => {
        const { diagnostics } = await checkText(beforeClosingBrace(BUSAN, 'waive "overseas-links" because "검토 중"'));
        expect(codesOf(diagnostics)).toEqual(['waiver-unknown-rule']);
        expect(diagnostics[0].message).toContain('overseas-link"');
    });

    test('structural and waiver codes cannot be waived', async () => {
        for (const id of ['syntax', 'reference', 'duplicate-name', 'duplicate-clause', 'waiver-unused']) {
            const codes = codesOf((await checkText(beforeClosingBrace(BUSAN, `waive "${id}" because "시험"`))).diagnostics);
            expect(codes, id).toEqual(['waiver-unknown-rule']);
        }
    });
});

describe('a plan with a syntax error', () => {
    test('reports only syntax, reference, duplicate-name and duplicate-clause', async () => {
        const broken = edit(BUSAN, ['tier global', 'tier national'], ['horizon 2026 to 2037', 'horizon 2026 ~ 2037'],
            ['firm BlueCell', 'firm SeaGen "중복"\n    firm BlueCell'], ['owner PNU', 'owner Nobody']);
        const codes = new Set(codesOf((await checkText(broken)).diagnostics));
        expect([...codes].every(code => ['syntax', 'reference', 'duplicate-name', 'duplicate-clause'].includes(code))).toBe(true);
        expect(codes.has('syntax')).toBe(true);
        expect(codes.has('duplicate-name')).toBe(true);
        expect(codes.has('world-class-research')).toBe(false);
    });
});
