import { describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic, SnippetTextEdit, TextDocumentEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isWaivable, PLAN_RULES } from '../src/analysis/catalogue.js';
import { examplePlan } from '../src/analysis/rule.js';
import { planSkeleton } from '../src/new-plan/skeleton.js';
import type { PlanCommandHandler } from '../src/lsp/fill-in.js';
import { NO_WAIVER_OFFERED, QUICK_FIXES } from '../src/lsp/quick-fixes/index.js';
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

    test('in a Korean-keyword plan a fix writes Korean keywords and leaves a name spelled like an English keyword as it is', async () => {
        const korean = (...lines: string[]) => `계획 P "계획" {\n${lines.map(line => `    ${line}`.trimEnd()).join('\n')}\n}\n`;
        // The agency is named `research`, an English keyword; the items around the edit are parsed as a plan of their own.
        expect(await fix(korean('기업 F "기업"', '전담기구 research "진흥원" { 독립 }', '과제 T "과제" { 구분 단기 }', '과제 U "과제" { 구분 장기 담당 F }'), 'task-owner'))
            .toBe(korean('기업 F "기업"', '전담기구 research "진흥원" { 독립 }', '과제 T "과제" { 구분 단기 담당 research }', '과제 U "과제" { 구분 장기 담당 F }'));
        // A list grows at the end of its item: the item is parsed with it.
        expect(await fix(korean('지원서비스 벤처캐피탈, 금융', '전담기구 A "진흥원" { 독립 }'), 'support-services'))
            .toBe(korean('지원서비스 벤처캐피탈, 금융, 특허, 법률, 컨설팅', '전담기구 A "진흥원" { 독립 }'));
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
            'agency ClusterAgency "<전담기구 이름>" {', '    independent', '    budget 0 억원', '    survey quarterly', '    operator private', '}', '',
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
        expect(await fix(plan('incentives tax, deregulation'), 'market-entry-exit')).toBe(plan('incentives tax, deregulation, exit'));
        expect(await fix(plan('region "부산"'), 'market-entry-exit')).toBe(plan('region "부산"', 'incentives exit'));
    });

    test('a missing vision choice is offered with both of its options, and only that choice', async () => {
        const text = plan('vision "허브" {', '    strategy greenfield', '    scope hightech', '}');
        const titles = (await actionsFor(text, 'vision-choices')).map(action => action.title);
        expect(titles.filter(title => !title.includes('예외'))).toEqual([
            '비전에 structure integrated(지역내 수직통합형) 추가', '비전에 structure distributed(분산협력형) 추가'
        ]);
        expect(await fix(text, 'vision-choices', /structure distributed/))
            .toBe(plan('vision "허브" {', '    strategy greenfield', '    scope hightech', '    structure distributed', '}'));
        expect(await fix(plan('vision "허브" { scope hightech structure integrated }'), 'vision-choices', /attraction/))
            .toBe(plan('vision "허브" { scope hightech structure integrated strategy attraction }'));
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

    test('an agency gets a budget whose amount is still to be written; a zero budget is the planner\'s to fill', async () => {
        expect(await fix(plan('agency A "a" { independent }'), 'agency-budget')).toBe(plan('agency A "a" { independent budget 0 억원 }'));
        const zero = (await actionsFor(plan('agency A "a" { independent budget 0 KRW }'), 'agency-budget')).map(action => action.title);
        // The amount is selected for typing ("fill in the blank"); nothing is added.
        expect(zero).toEqual(['빈 칸 채우기: 0 KRW', '이 계획에서 "agency-budget" 규칙 예외 처리 (사유 적기)']);
    });

    test('a private operator is added to the agency, or replaces the public one', async () => {
        expect(await fix(plan('leadership private', 'agency A "a" { independent }'), 'private-operator'))
            .toBe(plan('leadership private', 'agency A "a" { independent operator private }'));
        expect(await fix(plan('leadership private', 'agency A "a" {', '    operator public', '}'), 'private-operator'))
            .toBe(plan('leadership private', 'agency A "a" {', '    operator private', '}'));
    });

    test('the agency that coordinates gets the central government, in a new clause or at the end of its list', async () => {
        expect(await fix(plan('government M "부처" { level central }', 'agency A "a" { independent }'), 'central-local-coordination'))
            .toBe(plan('government M "부처" { level central }', 'agency A "a" { independent coordinates M }'));
        expect(await fix(plan('government C "시" { level local }', 'government M "부처" { level central }', 'agency A "a" { independent }',
            'agency B "b" {', '    coordinates C', '}'), 'central-local-coordination'))
            .toBe(plan('government C "시" { level local }', 'government M "부처" { level central }', 'agency A "a" { independent }',
                'agency B "b" {', '    coordinates C, M', '}'));
    });

    test('a plan short of private money gets a joint fund of the amount that makes a quarter', async () => {
        // 4 × (0 + x) ≥ 100 + x: x = 34 억원.
        expect(await fix(plan('fund F "f" { source public amount 100 억원 }'), 'private-capital')).toBe(plan('fund F "f" { source public amount 100 억원 }', '',
            'fund JointFund "<민관 공동 펀드 이름>" {', '    source joint', '    amount 34 억원', '    selection competitive', '    audit continuous', '    review staged',
            '    purpose investment', '}'));
        // 4 × (10 + x) ≥ 100 + 10 + x: x = 23.33…, rounded up to 24 억원.
        expect(await fix(plan('fund F "f" { source public amount 100 억원 }', 'fund P "p" { source private amount 10 억원 }'), 'private-capital'))
            .toContain('    amount 24 억원');
    });

    test('a fund clause with another value is set to the prescribed one', async () => {
        expect(await fix(plan('fund F "f" {', '    source joint', '    selection discretionary', '}'), 'competitive-selection'))
            .toBe(plan('fund F "f" {', '    source joint', '    selection competitive', '}'));
        expect(await fix(plan('fund F "f" { review none }'), 'staged-review')).toBe(plan('fund F "f" { review staged }'));
    });

    test('the local university gets a long-term research task of its own', async () => {
        expect(await fix(plan('institution U "대학" { type university }', 'task T1 "t" { term short owner U goals workforce }'), 'local-university-plan'))
            .toBe(plan('institution U "대학" { type university }', 'task T1 "t" { term short owner U goals workforce }', '',
                'task UniversityPlan "<지역 대학 연구역량 고도화 과제>" {', '    term long', '    owner U', '    goals research', '}'));
        expect(await fix(plan('horizon 2026 to 2035', 'institution U "대학" { type university }', 'task T1 "t" { term short owner U goals workforce }'), 'local-university-plan'))
            .toContain('    owner U\n        period 2026 to 2035\n        goals research\n');
    });

    test('rewards for technology transfer join the mismatch problem, or come with one', async () => {
        const university = 'institution U "대학" { type university }';
        expect(await fix(plan(university, 'problem mismatch "불일치" { response collaboration }'), 'tech-transfer-reward'))
            .toBe(plan(university, 'problem mismatch "불일치" { response collaboration, reward }'));
        expect(await fix(plan(university, 'problem mismatch "불일치" { }'), 'tech-transfer-reward'))
            .toBe(plan(university, 'problem mismatch "불일치" { response reward }'));
        expect(await fix(plan(university, 'problem purchasing { response procurement }'), 'tech-transfer-reward'))
            .toBe(plan(university, 'problem purchasing { response procurement }', '', 'problem mismatch "<대학 연구와 기업 수요의 불일치>" {', '    response reward', '}'));
    });

    test('the missing talent track goes on a task off the other track, or on a task of its own', async () => {
        const tasks = ['task W "기능인력" { term short goals workforce }', 'task R "연구기반" { term long goals research }'];
        const titles = (await actionsFor(plan(...tasks), 'dual-track-talent')).map(action => action.title);
        expect(titles.slice(0, 2)).toEqual(['과제 R에 목표 추가: researchers', 'researchers 과제 추가: task … { term long goals researchers }']);
        expect(await fix(plan(...tasks), 'dual-track-talent', /과제 R/))
            .toBe(plan('task W "기능인력" { term short goals workforce }', 'task R "연구기반" { term long goals research, researchers }'));
        expect(await fix(plan('task R "연구인력" { term long goals researchers }'), 'dual-track-talent', /과제 추가/))
            .toBe(plan('task R "연구인력" { term long goals researchers }', '', 'task TalentTrack "<인력 양성 과제>" {', '    term short', '    goals workforce', '}'));
        expect(await fix(plan('horizon 2026 to 2035', 'agency A "a"', 'task R "연구인력" { term long goals researchers }'), 'dual-track-talent', /과제 추가/))
            .toBe(plan('horizon 2026 to 2035', 'agency A "a"', 'task R "연구인력" { term long goals researchers }', '',
                'task TalentTrack "<인력 양성 과제>" {', '    term short', '    owner A', '    period 2026 to 2030', '    goals workforce', '}'));
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
        ['short-and-long-term', ['task T1 "t" { term short }'], ['task T1 "t" { term short }', '', 'task LongTerm "<과제 이름>" {', '    term long',
            '    goals research, startups, services, network, global', '}']],
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
        ['problem-response', ['problem mismatch { response procurement }'], ['problem mismatch { response procurement, collaboration }']],
        ['network-required', ['agency A "a"'], ['agency A "a"', '', 'network BusinessNetwork "<네트워크 이름>" {', '    kind business', '    meets quarterly',
            '    offers market, foresight', '}']],
        ['business-network', ['network N "n" { kind social }'], ['network N "n" { kind business }']],
        ['network-services', ['network N "n" { kind business }'], ['network N "n" { kind business offers market, foresight }']],
        ['overseas-link', ['link L "l" { scope domestic }'], ['link L "l" { scope domestic }', '', 'link OverseasLink "<해외 핵심클러스터>" {',
            '    scope overseas', '    channel "<교류 채널>"', '}']],
        ['task-owner', ['agency A "a"', 'task T "t" { term short }'], ['agency A "a"', 'task T "t" { term short owner A }']]
    ])('%s: %j becomes %j', async (ruleId, input, output) => {
        expect(await fix(plan(...input), ruleId)).toBe(plan(...output));
    });

    test('an assessment gets the strength or weakness it lacks; a blank one is left for the planner to write', async () => {
        expect(await fix(plan('assessment {', '    strength "연구기관"', '}'), 'assessment-required'))
            .toBe(plan('assessment {', '    strength "연구기관"', '    weakness "<약점>"', '}'));
        expect(await fix(plan('assessment {', '    weakness "투자 부족"', '}'), 'assessment-required'))
            .toBe(plan('assessment {', '    weakness "투자 부족"', '    strength "<강점>"', '}'));
        expect(await fix(plan('assessment { summary "현황" }'), 'assessment-required'))
            .toBe(plan('assessment { summary "현황" strength "<강점>" weakness "<약점>" }'));
        const blank = (await actionsFor(plan('assessment {', '    strength "연구기관"', '    weakness ""', '}'), 'assessment-required')).map(action => action.title);
        expect(blank).toEqual(['이 계획에서 "assessment-required" 규칙 예외 처리 (사유 적기)']);
    });

    test('a reversed short horizon becomes ten years from its earlier year', async () => {
        expect(await fix(plan('horizon 2030 to 2026'), 'horizon-ten-years')).toBe(plan('horizon 2026 to 2035'));
    });

    test('an outsourcing plan names the segments the position leaves out', async () => {
        expect(await fix(plan('link L "오송" { scope domestic }', 'vision "v" {', '    position research, discovery', '}'), 'outsourcing-plan'))
            .toBe(plan('link L "오송" { scope domestic }', 'vision "v" {', '    position research, discovery',
                '    outsource preclinical, clinical, manufacturing, marketing to L', '}'));
    });

    test('the outsourcing link gets a channel to fill in; a blank channel is left for the planner', async () => {
        expect(await fix(plan('link L "오송" { scope domestic }', 'vision "v" { outsource clinical to L }'), 'outsource-channel'))
            .toBe(plan('link L "오송" { scope domestic channel "<교류 채널>" }', 'vision "v" { outsource clinical to L }'));
        expect(await fix(plan('link L "오송"', 'vision "v" { outsource clinical to L }'), 'outsource-channel'))
            .toBe(plan('link L "오송" { channel "<교류 채널>" }', 'vision "v" { outsource clinical to L }'));
        const blank = await actionsFor(plan('link L "오송" { channel " " }', 'vision "v" { outsource clinical to L }'), 'outsource-channel');
        expect(blank.map(action => action.title)).toEqual(['이 계획에서 "outsource-channel" 규칙 예외 처리 (사유 적기)']);
    });

    test('a position of cost segments only gets a research segment', async () => {
        expect(await fix(plan('vision "v" { position manufacturing, marketing }'), 'low-cost-trap'))
            .toBe(plan('vision "v" { position manufacturing, marketing, research }'));
    });

    test('a high-tech vision gets its regional base: an institution or firm marked local, a strength, or the life-science scope', async () => {
        const noLocal = plan('assessment { strength "병원" }', 'institution U "대학" { type university }', 'firm F "기업" { origin external }', 'vision "v" { scope hightech }');
        expect((await actionsFor(noLocal, 'hightech-myopia')).map(action => action.title)).toEqual([
            'U을(를) 지역 기반(origin local)으로 밝히기', '육성 범위를 범생명과학 포괄(scope lifescience)로 바꾸기',
            '이 계획에서 "hightech-myopia" 규칙 예외 처리 (사유 적기)'
        ]);
        expect(await fix(noLocal, 'hightech-myopia', /origin local/))
            .toBe(plan('assessment { strength "병원" }', 'institution U "대학" { type university origin local }', 'firm F "기업" { origin external }', 'vision "v" { scope hightech }'));
        expect(await fix(noLocal, 'hightech-myopia', /lifescience/))
            .toBe(plan('assessment { strength "병원" }', 'institution U "대학" { type university }', 'firm F "기업" { origin external }', 'vision "v" { scope lifescience }'));
        expect(await fix(plan('assessment { summary "현황" }', 'firm F "기업" { origin local }', 'vision "v" { scope hightech }'), 'hightech-myopia', /강점/))
            .toBe(plan('assessment { summary "현황" strength "<강점>" }', 'firm F "기업" { origin local }', 'vision "v" { scope hightech }'));
        expect(await fix(plan('region "대구"', 'firm F "기업"', 'vision "v" { scope hightech }'), 'hightech-myopia', /origin local/))
            .toBe(plan('region "대구"', '', 'assessment {', '    strength "<강점>"', '}', 'firm F "기업" { origin local }', 'vision "v" { scope hightech }'));
    });

    test('a plan without a starting point gets a partner on its links or an external champion', async () => {
        const text = plan('agency A "진흥원"', 'champion C "챔피언"', 'link L "오송" { scope domestic }');
        expect(await fix(text, 'starting-point', /partner/)).toBe(plan('agency A "진흥원"', 'champion C "챔피언"', 'link L "오송" { scope domestic partner A }'));
        expect(await fix(text, 'starting-point', /origin external/)).toBe(plan('agency A "진흥원"', 'champion C "챔피언" { origin external }', 'link L "오송" { scope domestic }'));
    });

    test('a long-term task that never meets the short-term ones is moved to overlap them', async () => {
        expect(await fix(plan('task S "단기" { term short period 2026 to 2028 }', 'task L "장기" { term long period 2030 to 2037 }'), 'short-and-long-term'))
            .toBe(plan('task S "단기" { term short period 2026 to 2028 }', 'task L "장기" { term long period 2028 to 2037 }'));
        expect(await fix(plan('task S "단기" { term short period 2031 to 2032 }', 'task L "장기" { term long period 2026 to 2029 }'), 'short-and-long-term'))
            .toBe(plan('task S "단기" { term short period 2031 to 2032 }', 'task L "장기" { term long period 2026 to 2031 }'));
    });

    test('a network becomes a business network, with a host that is not a government', async () => {
        const agency = 'agency A "진흥원" { independent }';
        const city = 'government G "시청"';
        expect(await fix(plan(agency, city, 'network N "n" { members A }'), 'business-network'))
            .toBe(plan(agency, city, 'network N "n" { members A kind business }'));
        expect(await fix(plan(agency, city, 'network N "n" { kind business host G }'), 'business-network'))
            .toBe(plan(agency, city, 'network N "n" { kind business host A }'));
        expect(await fix(plan(agency, city, 'network N "n" { kind official host G }'), 'business-network'))
            .toBe(plan(agency, city, 'network N "n" { kind business host A }'));
        expect(await fix(plan(agency, city, 'network N "n" { host G }'), 'business-network'))
            .toBe(plan(agency, city, 'network N "n" { host A kind business }'));
    });

    test('a network meets quarterly or monthly', async () => {
        expect(await fix(plan('network N "n" { kind business }'), 'meeting-cadence')).toBe(plan('network N "n" { kind business meets quarterly }'));
        expect(await fix(plan('network N "n" { kind business meets annually }'), 'meeting-cadence', /monthly/))
            .toBe(plan('network N "n" { kind business meets monthly }'));
        expect(await fix(plan('network N "n"'), 'meeting-cadence')).toBe(plan('network N "n" { meets quarterly }'));
    });

    test('the champion joins a network, or gets one to host', async () => {
        const champion = 'champion C "챔피언"';
        expect(await fix(plan(champion, 'firm F "기업"', 'network N "n" { members F }', 'network M "m" { kind business }'), 'champion-network', /네트워크 M/))
            .toBe(plan(champion, 'firm F "기업"', 'network N "n" { members F }', 'network M "m" { kind business members C }'));
        expect(await fix(plan(champion, 'firm F "기업"', 'network N "n" { members F }'), 'champion-network'))
            .toBe(plan(champion, 'firm F "기업"', 'network N "n" { members F, C }'));
        expect(await fix(plan(champion), 'champion-network')).toBe(plan(champion, '',
            'network ChampionNetwork "<네트워크 이름>" {', '    kind business', '    host C', '    meets quarterly', '    offers market, foresight', '}'));
    });

    test('a task period is brought within the horizon; one wholly outside is left to the planner', async () => {
        expect(await fix(plan('horizon 2026 to 2035', 'task T "t" { period 2024 to 2040 }'), 'period-within-horizon'))
            .toBe(plan('horizon 2026 to 2035', 'task T "t" { period 2026 to 2035 }'));
        const outside = await actionsFor(plan('horizon 2026 to 2035', 'task T "t" { period 2040 to 2045 }'), 'period-within-horizon');
        expect(outside.map(action => action.title)).toEqual(['이 계획에서 "period-within-horizon" 규칙 예외 처리 (사유 적기)']);
    });

    test('a waiver that can silence nothing is removed, and a repeated clause too', async () => {
        expect(await fix(plan('region "부산"', 'waive "syntax" because "이유"'), 'waiver-unknown-rule')).toBe(plan('region "부산"'));
        expect(await fix(plan('region "부산"', 'waive "nothing-like-a-rule" because "이유"'), 'waiver-unknown-rule')).toBe(plan('region "부산"'));
        expect(await fix(plan('region "부산"', 'region "울산"', 'ip "보호"'), 'duplicate-clause')).toBe(plan('region "부산"', 'ip "보호"'));
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

    test('a unit near-miss is written as the unit meant', async () => {
        expect(await fix(plan('agency A "a" {', '    budget 120억 원', '}'), 'syntax')).toBe(plan('agency A "a" {', '    budget 120억원', '}'));
        expect(await fix(plan('fund F "f" { amount 3 usd }'), 'syntax')).toBe(plan('fund F "f" { amount 3 USD }'));
        expect((await actionsFor(plan('fund F "f" { amount 3 usd }'), 'syntax')).map(action => action.title)).toEqual(['금액 단위를 USD(으)로 고치기']);
    });

    test('a misspelt keyword is changed to the keyword meant; equally near keywords are each offered', async () => {
        expect(await fix(plan('horizn 2026 to 2035'), 'syntax')).toBe(plan('horizon 2026 to 2035'));
        expect(await fix(plan('agency A "a" { independant }'), 'syntax')).toBe(plan('agency A "a" { independent }'));
        const titles = (await actionsFor(plan('network N "n" { kind busines }'), 'syntax')).map(action => action.title);
        expect(titles).toEqual(['business(으)로 고치기']);
    });

    test('a missing term comes as a complete task: the agency as owner, a period within the horizon, the agenda\'s uncovered goals', async () => {
        expect(await fix(plan('horizon 2026 to 2037', 'agency A "a" { independent }', 'firm F "f"', 'task L "장기" { term long owner A goals research }'), 'short-and-long-term'))
            .toBe(plan('horizon 2026 to 2037', 'agency A "a" { independent }', 'firm F "f"', 'task L "장기" { term long owner A goals research }', '',
                'task ShortTerm "<과제 이름>" {', '    term short', '    owner A', '    period 2026 to 2030', '    goals talent, infrastructure, workforce, policy, finance', '}'));
        expect(await fix(plan('horizon 2026 to 2028', 'firm F "f"', 'task S "단기" { term short owner F goals talent }'), 'short-and-long-term'))
            .toBe(plan('horizon 2026 to 2028', 'firm F "f"', 'task S "단기" { term short owner F goals talent }', '',
                'task LongTerm "<과제 이름>" {', '    term long', '    owner F', '    period 2026 to 2028', '    goals research, startups, services, network, global', '}'));
    });

    test('a dependency cycle offers to remove each dependency of the task on the cycle, and no waiver', async () => {
        const cycle = plan('task A "a" { after B, C }', 'task B "b" { after A }', 'task C "c" { }');
        const titles = (await actionsFor(cycle, 'task-cycle')).map(action => action.title);
        expect(titles).toEqual(['과제 A의 after에서 B 지우기 (A이(가) B을(를) 기다리지 않음)']);
        expect(await fix(cycle, 'task-cycle')).toBe(plan('task A "a" { after C }', 'task B "b" { after A }', 'task C "c" { }'));
        expect(await fix(plan('task A "a" { after C, B }', 'task B "b" { after A }', 'task C "c" { }'), 'task-cycle'))
            .toBe(plan('task A "a" { after C }', 'task B "b" { after A }', 'task C "c" { }'));
        expect(await fix(plan('task A "a" {', '    term short', '    after A', '}'), 'task-cycle')).toBe(plan('task A "a" {', '    term short', '}'));
    });

    test.each<[string, string[]]>([
        ['period-order', ['horizon 2035 to 2026']],
        ['task-cycle', ['task A "a" { after A }']],
        ['syntax', ['horizn 2026 to 2035']],
        ['reference', ['task A "a" { after Nothing }']],
        ['duplicate-clause', ['region "a"', 'region "b"']],
        ['duplicate-name', ['firm A "가"', 'firm A "나"']]
    ])('%s is a mistake to correct: no waiver is offered', async (ruleId, lines) => {
        const titles = (await actionsFor(plan(...lines), ruleId)).map(action => action.title);
        expect(titles.filter(title => title.includes('예외'))).toEqual([]);
    });

    test('an editor that takes snippet edits gets a tab stop in each placeholder a fix inserts', async () => {
        const commands = services.shared.lsp.ExecuteCommandHandler as PlanCommandHandler;
        commands.editsWithSnippets = true;
        try {
            const [action] = await actionsFor(plan('region "부산"', '', 'task T "과제" { term short }'), 'agency-required');
            const change = action.edit?.documentChanges?.[0] as TextDocumentEdit;
            expect(change.edits.map(edit => 'snippet' in edit ? edit.snippet.value : edit.newText)).toEqual([
                // From the start of its line, where the editor indents nothing more.
                '    region "부산"\n\n    agency ClusterAgency "${1:<전담기구 이름>}" {\n        independent\n        budget ${2:0} 억원\n        survey quarterly\n        operator private\n    \\}'
            ]);
            // The skeleton's first tab stop is the region: a placeholder a comment mentions is no tab stop.
            const [skeleton] = await actionsFor('', 'syntax');
            const value = ((skeleton.edit?.documentChanges?.[0] as TextDocumentEdit).edits[0] as SnippetTextEdit).snippet.value;
            expect(value).toContain('// "<…>"는 아직 채우지 않은 칸입니다.');
            // An empty file reads as Korean keywords (the tie goes to Korean).
            expect(value).toContain('대상지역 "${1:<지역 이름>}"');
            // A fix with nothing to fill in stays a plain edit.
            const [plain] = await actionsFor(plan('agency A "a"'), 'agency-independent');
            expect(plain.edit?.changes).toBeDefined();
        } finally {
            commands.editsWithSnippets = false;
        }
    });

    test('an empty file, one with only comments, or a bare plan header gets the skeleton of a new plan', async () => {
        // A file with no keyword yet is written in Korean keywords (the tie goes to Korean); a header keeps its spelling.
        const skeleton = planSkeleton({}, { locale: 'ko', keywords: 'ko' });
        expect(await fix('', 'syntax')).toBe(skeleton);
        expect(await fix('\n\n', 'syntax')).toBe(`\n\n${skeleton}`);
        expect(await fix('// 부산 계획 초안\n', 'syntax')).toBe(`// 부산 계획 초안\n${skeleton}`);
        expect(await fix('plan Busan', 'syntax')).toBe(planSkeleton({}, { locale: 'ko' }));
        expect(await fix('계획 부산', 'syntax')).toBe(skeleton);
        expect((await actionsFor('', 'syntax')).map(action => action.title)).toEqual(['계획 뼈대 넣기 (발전로드맵 네 단계, 채울 칸은 "<…>")']);
        expect(codesOf((await checkText(await fix('', 'syntax'))).diagnostics)).not.toContain('syntax');
        // A plan that has begun its block keeps it: the fix is for a file with no plan yet.
        expect((await actionsFor('plan P "p" {\n    region "부산"\n', 'syntax')).map(action => action.title)).toEqual([]);
        expect((await actionsFor('hello', 'syntax')).map(action => action.title)).toEqual([]);
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
                // What the planner types over the placeholders the fix inserts: the texts, and the amount of a `0 억원`.
                const filled = applyAction(text, action).replace(/"<[^<>"]*>"/g, '"계획에 맞게 채운 내용"').replace(/(?<![\d.,])0 억원/g, '50 억원');
                const codes = codesOf((await checkText(filled)).diagnostics);
                expect(codes, action.title).not.toContain('syntax');
                expect(codes, action.title).not.toContain('reference');
                if (rule.id !== 'vision-choices') {
                    expect(codes, action.title).not.toContain(rule.id);
                }
            }
        });
    }

    for (const rule of PLAN_RULES.filter(candidate => isWaivable(candidate) && !NO_WAIVER_OFFERED.has(candidate.id))) {
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
