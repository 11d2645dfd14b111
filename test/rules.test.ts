import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { RULES } from '../src/analysis/catalogue.js';
import { checkText, codesOf, example } from './helpers.js';
import { beforeClosingBrace, BUSAN, edit } from './support/plan-text.js';

describe('the rule catalogue', () => {
    const SPEC_IDS = [
        'assessment-required', 'consensus-required', 'horizon-ten-years', 'vision-required', 'vision-choices',
        'value-chain-position', 'outsourcing-plan', 'outsource-channel', 'low-cost-trap', 'hightech-myopia', 'starting-point',
        'short-and-long-term', 'short-term-agenda', 'long-term-agenda',
        'agency-required', 'agency-independent', 'agency-budget', 'firm-voice', 'private-operator',
        'central-local-coordination', 'private-led', 'champion-required', 'government-role', 'world-class-research',
        'local-university-plan', 'star-scientists', 'star-firms', 'selective-support', 'private-capital',
        'competitive-selection', 'fund-audit', 'staged-review', 'no-subsidy', 'rnd-over-facilities',
        'tech-transfer-reward', 'dual-track-talent', 'support-services', 'demand-industries', 'living-environment',
        'business-incentives', 'market-entry-exit', 'ip-protection', 'problem-response', 'network-required',
        'business-network', 'meeting-cadence', 'network-services', 'small-world', 'champion-network', 'overseas-link',
        'task-owner', 'fund-source', 'period-order', 'period-within-horizon', 'task-cycle', 'waiver-unknown-rule', 'waiver-reason', 'waiver-unused',
        'duplicate-name', 'duplicate-clause', 'syntax', 'reference',
        'portfolio-overlap', 'portfolio-outsource-gap', 'portfolio-hightech-share', 'portfolio-investment-focus',
        'portfolio-star-firm', 'portfolio-partner'
    ];

    test('holds exactly the rules of the spec, each once', () => {
        expect(RULES.map(rule => rule.id).sort()).toEqual([...SPEC_IDS].sort());
    });

    test('has a check for every rule but those the parser, the linker and the waivers report', () => {
        const withoutCheck = RULES.filter(rule => !('check' in rule && rule.check)).map(rule => rule.id);
        expect(withoutCheck.sort()).toEqual(['reference', 'syntax', 'waiver-reason', 'waiver-unknown-rule', 'waiver-unused']);
    });

    test('is made of the modules in the category folders, each listed once, in its own folder, with its test beside it', () => {
        const folder = new URL('../src/analysis/rules/', import.meta.url);
        const modules = readdirSync(folder, { recursive: true, encoding: 'utf8' })
            .filter(file => /^[a-z-]+\/[a-z-]+\.ts$/.test(file.replaceAll('\\', '/')) && !file.endsWith('.test.ts'))
            .map(file => file.replaceAll('\\', '/'));
        expect(RULES.map(rule => `${rule.category}/${rule.id}.ts`).sort()).toEqual(modules.sort());
        const files = new Set(readdirSync(folder, { recursive: true, encoding: 'utf8' }).map(file => file.replaceAll('\\', '/')));
        for (const rule of RULES) {
            expect(files.has(`${rule.category}/${rule.id}.test.ts`), rule.id).toBe(true);
        }
    });

    test('gives every principle rule its Korean source passage and English gist', () => {
        for (const rule of RULES.filter(entry => entry.category !== 'hygiene')) {
            expect(rule.source?.passage, rule.id).toMatch(/[가-힣]/);
            expect(rule.source?.gist, rule.id).toMatch(/[a-z]/);
        }
    });

    test('has every message in Korean and English', () => {
        for (const rule of RULES) {
            for (const [name, message] of Object.entries(rule.messages)) {
                expect(message.ko, `${rule.id} ${name}`).toMatch(/[가-힣]/);
                expect(message.en, `${rule.id} ${name}`).toMatch(/^[\x20-\x7e–→…]+$/u);
            }
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

    test('is an error for government-led and missing leadership, info for joint', async () => {
        expect((await leadership('leadership government'))[0].severity).toBe(1);
        expect((await leadership(''))[0].severity).toBe(1);
        expect((await leadership('leadership joint'))[0].severity).toBe(3);
    });
});

describe('waivers', () => {
    const withoutGlobal = edit(BUSAN, ['tier global', 'tier national'], ['tier global', 'tier national']);

    test('a waiver with a reason silences its rule and is reported with the reason', async () => {
        const { document, diagnostics } = await checkText(beforeClosingBrace(withoutGlobal, 'waive "world-class-research" because "2단계에서 유치"'));
        expect(codesOf(diagnostics)).toEqual([]);
        const { services } = await import('./helpers.js');
        expect(services.plan.AnalysisCache.analysisOf(document).waived.map(entry => [entry.ruleId, entry.reason]))
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
        const broken = edit(BUSAN, ['tier global', 'tier national'], ['horizon 2026 to 2037', 'horizon 2026 2037'],
            ['firm BlueCell', 'firm SeaGen "중복"\n    firm BlueCell'], ['owner PNU', 'owner Nobody']);
        const codes = new Set(codesOf((await checkText(broken)).diagnostics));
        expect([...codes].every(code => ['syntax', 'reference', 'duplicate-name', 'duplicate-clause'].includes(code))).toBe(true);
        expect(codes.has('syntax')).toBe(true);
        expect(codes.has('duplicate-name')).toBe(true);
        expect(codes.has('world-class-research')).toBe(false);
    });
});
