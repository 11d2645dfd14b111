import { describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isWaivable, PLAN_RULES } from '../src/analysis/catalogue.js';
import { examplePlan } from '../src/analysis/rule.js';
import { QUICK_FIXES } from '../src/lsp/quick-fixes/index.js';
import { checkText, codesOf, services } from './helpers.js';

/** The quick fixes offered for the first diagnostic of a rule. */
async function actionsFor(text: string, ruleId: string): Promise<CodeAction[]> {
    const { document, diagnostics } = await checkText(text);
    const diagnostic = diagnostics.find(candidate => candidate.code === ruleId);
    expect(diagnostic, `${ruleId} fires`).toBeDefined();
    return await services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostic!.range,
        context: { diagnostics: [diagnostic as Diagnostic] }
    }) as CodeAction[];
}

function applyAction(text: string, action: CodeAction): string {
    const edits = Object.values(action.edit?.changes ?? {})[0] ?? [];
    return TextDocument.applyEdits(TextDocument.create('memory:///x.cplan', 'cluster-plan', 1, text), edits);
}

/** Applies the fix whose title contains `title` (the first fix when none is given). */
async function fix(text: string, ruleId: string, title?: string | RegExp): Promise<string> {
    const actions = await actionsFor(text, ruleId);
    const action = title === undefined ? actions[0] : actions.find(candidate => candidate.title.match(title));
    expect(action, `a fix ${String(title)} among ${actions.map(a => a.title).join(' | ')}`).toBeDefined();
    return applyAction(text, action!);
}

const plan = (...lines: string[]) => `plan P "계획" {\n${lines.map(line => `    ${line}`.trimEnd()).join('\n')}\n}\n`;

describe('quick fixes, text in and text out', () => {
    test('a plan with CR-only line ends gets CR line ends and the indentation of its block', async () => {
        const cr = (text: string) => text.replaceAll('\n', '\r');
        expect(await fix(cr(plan('agency A "진흥원" {', '    budget 10 억원', '}')), 'agency-independent', /independent/))
            .toBe(cr(plan('agency A "진흥원" {', '    budget 10 억원', '    independent', '}')));
        expect(await fix(cr(plan('agency A "진흥원" { independent }', 'waive "no-subsidy" because "이유"')), 'waiver-unused'))
            .toBe(cr(plan('agency A "진흥원" { independent }')));
    });

    test('a task without an owner gets the agency as owner, or an agency set up for it when the plan has no actor', async () => {
        expect(await fix(plan('firm F "기업"', 'agency A "진흥원" { independent }', 'task T "과제" { term short }'), 'task-owner'))
            .toBe(plan('firm F "기업"', 'agency A "진흥원" { independent }', 'task T "과제" { term short owner A }'));
        expect(await fix(plan('region "부산"', '', 'task T "과제" { term short }'), 'task-owner'))
            .toBe(plan('region "부산"', '', 'agency ClusterAgency "<전담기구 이름>" {', '    independent', '}', '', 'task T "과제" { term short owner ClusterAgency }'));
    });

    test('independent goes into a multi-line agency block', async () => {
        expect(await fix(plan('agency A "진흥원" {', '    budget 10 억원', '}'), 'agency-independent', /independent/))
            .toBe(plan('agency A "진흥원" {', '    budget 10 억원', '    independent', '}'));
    });

    test('independent goes into a one-line agency block and creates the block when there is none', async () => {
        expect(await fix(plan('agency A "진흥원" { budget 10 억원 }'), 'agency-independent'))
            .toBe(plan('agency A "진흥원" { budget 10 억원 independent }'));
        expect(await fix(plan('agency A "진흥원"'), 'agency-independent')).toBe(plan('agency A "진흥원" { independent }'));
        expect(await fix(plan('agency A "진흥원" {}'), 'agency-independent')).toBe(plan('agency A "진흥원" { independent }'));
    });

    test('the independent fix is titled with the word independent in both languages', async () => {
        const titles = (await actionsFor(plan('agency A "진흥원"'), 'agency-independent')).map(action => action.title);
        expect(titles[0]).toBe('전담기구 A에 independent 추가 (지자체 조직에서 독립)');
        services.plan.Settings.locale = 'en';
        try {
            expect((await actionsFor(plan('agency A "진흥원"'), 'agency-independent'))[0].title).toBe('Add independent to agency A');
        } finally {
            services.plan.Settings.locale = 'ko';
        }
    });

    test('a missing agency comes as a whole skeleton after the plan clauses', async () => {
        expect(await fix(plan('region "부산광역시"', '', 'task T "과제" { term short }'), 'agency-required')).toBe(plan(
            'region "부산광역시"', '',
            'agency ClusterAgency "<전담기구 이름>" {', '    independent', '    budget 0 억원', '    survey quarterly', '}', '',
            'task T "과제" { term short }'));
    });

    test('a comment at the end of the line before stays on that line', async () => {
        expect(await fix(plan('region "부산" // 대상 지역'), 'ip-protection'))
            .toBe(plan('region "부산" // 대상 지역', 'ip "<지식재산 보호장치>"'));
    });

    test('new lines follow the CRLF line ends of the file', async () => {
        const crlf = (text: string) => text.replaceAll('\n', '\r\n');
        expect(await fix(crlf(plan('agency A "진흥원" {', '    budget 10 억원', '}')), 'agency-independent'))
            .toBe(crlf(plan('agency A "진흥원" {', '    budget 10 억원', '    independent', '}')));
    });

    test('a new element gets a name no element has yet', async () => {
        const output = await fix(plan('firm ClusterAgency "기업"'), 'agency-required');
        expect(output).toContain('agency ClusterAgency2 "<전담기구 이름>" {');
    });

    test('consensus goes into the assessment', async () => {
        expect(await fix(plan('assessment {', '    strength "연구기관"', '}'), 'consensus-required'))
            .toBe(plan('assessment {', '    strength "연구기관"', '    consensus "<여야·대학·기업이 합의한 내용>"', '}'));
    });

    test('missing services are appended to the list, or come as a new clause', async () => {
        expect(await fix(plan('region "부산"', 'services venture, finance'), 'support-services'))
            .toBe(plan('region "부산"', 'services venture, finance, patent, legal, consulting'));
        expect(await fix(plan('region "부산"'), 'support-services'))
            .toBe(plan('region "부산"', 'services venture, patent, legal, finance, consulting'));
        expect(await fix(plan('environment education'), 'living-environment')).toBe(plan('environment education, culture, transport'));
        expect(await fix(plan('incentives deregulation'), 'business-incentives')).toBe(plan('incentives deregulation, tax'));
    });

    test('each missing vision choice is offered with both of its options', async () => {
        const text = plan('vision "허브" {', '    strategy greenfield', '}');
        const titles = (await actionsFor(text, 'vision-choices')).map(action => action.title);
        expect(titles).toEqual(expect.arrayContaining([
            '비전에 scope hightech(하이테크 바이오텍 중심) 추가', '비전에 scope lifescience(범생명과학 포괄) 추가',
            '비전에 structure integrated(지역내 수직통합형) 추가', '비전에 structure distributed(분산협력형) 추가'
        ]));
        expect(await fix(text, 'vision-choices', /structure distributed/))
            .toBe(plan('vision "허브" {', '    strategy greenfield', '    structure distributed', '}'));
    });

    test('leadership is set to private, or added', async () => {
        expect(await fix(plan('leadership government'), 'private-led')).toBe(plan('leadership private'));
        expect(await fix(plan('region "부산"'), 'private-led')).toBe(plan('region "부산"', 'leadership private'));
    });

    test('a public fund gets review staged, audit continuous and selection competitive', async () => {
        const fund = plan('fund F "펀드" {', '    source public', '    audit annual', '}');
        expect(await fix(fund, 'staged-review')).toBe(plan('fund F "펀드" {', '    source public', '    audit annual', '    review staged', '}'));
        expect(await fix(fund, 'fund-audit')).toBe(plan('fund F "펀드" {', '    source public', '    audit continuous', '}'));
        expect(await fix(plan('fund F "펀드" { source public }'), 'competitive-selection'))
            .toBe(plan('fund F "펀드" { source public selection competitive }'));
    });

    test('champion, world-class institution and assessment skeletons', async () => {
        expect(await fix(plan('region "부산"'), 'champion-required'))
            .toBe(plan('region "부산"', '', 'champion Champion "<챔피언 이름>" {', '    role "<맡을 역할>"', '    origin local', '}'));
        expect(await fix(plan('institution U "대학" { tier national }'), 'world-class-research'))
            .toBe(plan('institution U "대학" { tier national }', '', 'institution GlobalInstitute "<세계적 수준의 대학·연구기관>" {', '    tier global', '}'));
        expect(await fix(plan('region "부산"'), 'assessment-required')).toBe(plan('region "부산"', '',
            'assessment {', '    summary "<지역 바이오산업 현황>"', '    strength "<강점>"', '    weakness "<약점>"', '    consensus "<여야·대학·기업이 합의한 내용>"', '}'));
    });

    test('a short horizon is stretched to ten years, and swapped years are put in order', async () => {
        expect(await fix(plan('horizon 2026 to 2030'), 'horizon-ten-years')).toBe(plan('horizon 2026 to 2035'));
        expect(await fix(plan('horizon 2035 to 2026'), 'period-order')).toBe(plan('horizon 2026 to 2035'));
    });

    test('an outsourcing plan goes through an existing link, or brings its own overseas link', async () => {
        expect(await fix(plan('link L "보스턴" { scope overseas }', 'vision "v" { structure distributed }'), 'outsourcing-plan'))
            .toBe(plan('link L "보스턴" { scope overseas }', 'vision "v" { structure distributed outsource manufacturing to L }'));
        expect(await fix(plan('vision "v" {', '    structure distributed', '}'), 'outsourcing-plan')).toBe(plan(
            'vision "v" {', '    structure distributed', '    outsource manufacturing to OverseasLink', '}', '',
            'link OverseasLink "<해외 핵심클러스터>" {', '    scope overseas', '    channel "<교류 채널>"', '}'));
    });

    test.each<[string, string[], string[]]>([
        ['vision-required', ['region "부산"'], ['region "부산"', 'vision "<지역의 차별화된 발전비전>" { }']],
        ['value-chain-position', ['vision "v" { strategy greenfield }'], ['vision "v" { strategy greenfield position research }']],
        ['short-and-long-term', ['task T1 "t" { term short }'], ['task T1 "t" { term short }', '', 'task LongTerm "<과제 이름>" {', '    term long', '}']],
        ['short-term-agenda', ['task T1 "t" {', '    term short', '    goals talent', '}'],
            ['task T1 "t" {', '    term short', '    goals talent, infrastructure, workforce, policy, finance', '}']],
        ['long-term-agenda', ['task T1 "t" { term long }'], ['task T1 "t" { term long goals research, startups, services, network, global }']],
        ['agency-budget', ['agency A "a" { independent }'], ['agency A "a" { independent budget 0 억원 }']],
        ['firm-voice', ['agency A "a" { independent }'], ['agency A "a" { independent survey quarterly }']],
        ['star-scientists', ['institution U "u" { tier global }'], ['institution U "u" { tier global scientists 1 }']],
        ['star-firms', ['firm F "f"'], ['firm F "f" { star }']],
        ['star-firms', ['region "부산"'], ['region "부산"', 'firm StarFirm "<스타기업 이름>" { star }']],
        ['private-capital', ['fund F "f" { source public }'], ['fund F "f" { source public }', '', 'fund JointFund "<민관 공동 펀드 이름>" {',
            '    source joint', '    amount 0 억원', '    selection competitive', '    audit continuous', '    review staged', '    purpose investment', '}']],
        ['no-subsidy', ['fund F "f" { source private purpose subsidy }'], ['fund F "f" { source private purpose investment }']],
        ['demand-industries', ['firm F "f"'], ['firm F "f"', 'industry DemandIndustry "<대형 병원·제약사 이름>" { kind hospital }']],
        ['problem-response', ['problem purchasing { response collaboration }'], ['problem purchasing { response collaboration, procurement }']],
        ['problem-response', ['problem market { }'], ['problem market { response competition }']],
        ['network-required', ['agency A "a"'], ['agency A "a"', '', 'network BusinessNetwork "<네트워크 이름>" {', '    kind business', '    offers market, foresight', '}']],
        ['business-network', ['network N "n" { kind social }'], ['network N "n" { kind business }']],
        ['network-services', ['network N "n" { kind business }'], ['network N "n" { kind business offers market, foresight }']],
        ['overseas-link', ['link L "l" { scope domestic }'], ['link L "l" { scope domestic }', '', 'link OverseasLink "<해외 핵심클러스터>" {',
            '    scope overseas', '    channel "<교류 채널>"', '}']],
        ['task-owner', ['agency A "a"', 'task T "t" { term short }'], ['agency A "a"', 'task T "t" { term short owner A }']]
    ])('%s: %j becomes %j', async (ruleId, input, output) => {
        expect(await fix(plan(...input), ruleId)).toBe(plan(...output));
    });

    test('a missing horizon starts this year and lasts ten years', async () => {
        const year = new Date().getUTCFullYear();
        expect(await fix(plan('region "부산"'), 'horizon-ten-years')).toBe(plan('region "부산"', `horizon ${year} to ${year + 9}`));
    });

    test('a mistyped waiver id is corrected and an unused waiver removed', async () => {
        expect(await fix(plan('waive "champion-requried" because "이유"'), 'waiver-unknown-rule'))
            .toBe(plan('waive "champion-required" because "이유"'));
        expect(await fix(plan('champion C "챔피언"', 'waive "champion-required" because "이유"'), 'waiver-unused'))
            .toBe(plan('champion C "챔피언"'));
    });

    test('"waive this rule" adds a waiver with a reason placeholder before the closing brace', async () => {
        expect(await fix(plan('agency A "진흥원" { independent }'), 'agency-budget', /예외/))
            .toBe(plan('agency A "진흥원" { independent }', 'waive "agency-budget" because "<사유>"'));
    });

    test('rules that cannot be waived offer no waiver', async () => {
        const titles = (await actionsFor(plan('firm A "가"', 'firm A "나"'), 'duplicate-name')).map(action => action.title);
        expect(titles).toEqual([]);
    });
});

describe('every quick fix on the rule examples', () => {
    for (const rule of PLAN_RULES.filter(candidate => QUICK_FIXES[candidate.id])) {
        test(`${rule.id}: a fix offered on the failing example, its placeholders filled in, silences the rule and keeps the plan valid`, async () => {
            const text = examplePlan(rule.examples.failing);
            const actions = (await actionsFor(text, rule.id)).filter(action => !action.title.includes(rule.id));
            expect(actions.length, `${rule.id} offers its own fix`).toBeGreaterThan(0);
            for (const action of actions) {
                // What the planner types over the placeholders the fix inserts.
                const filled = applyAction(text, action).replace(/"<[^<>"]*>"/g, '"계획에 맞게 채운 내용"');
                const codes = codesOf((await checkText(filled)).diagnostics);
                expect(codes, action.title).not.toContain('syntax');
                expect(codes, action.title).not.toContain('reference');
                if (rule.id !== 'vision-choices') {
                    expect(codes, action.title).not.toContain(rule.id);
                }
            }
        });
    }

    for (const rule of PLAN_RULES.filter(isWaivable)) {
        test(`${rule.id}: the waiver from the quick fix silences it once its reason is written`, async () => {
            const text = examplePlan(rule.examples.failing);
            const waiver = (await actionsFor(text, rule.id)).find(action => action.title.includes(`"${rule.id}"`));
            expect(waiver).toBeDefined();
            const waived = applyAction(text, waiver!);
            expect(codesOf((await checkText(waived)).diagnostics)).toContain('waiver-reason');
            const codes = codesOf((await checkText(waived.replace('"<사유>"', '"2단계에서 검토"'))).diagnostics);
            expect(codes).not.toContain(rule.id);
            expect(codes).not.toContain('syntax');
        });
    }
});
