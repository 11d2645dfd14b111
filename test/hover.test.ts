import { GrammarAST, AstUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import { findRule, getRule } from '../src/analysis/catalogue.js';
import { KEYWORD_DOCS } from '../src/analysis/keyword-docs.js';
import { checkText, example, services } from './helpers.js';

/** The hover text at the `occurrence`-th appearance of `needle` (plus `shift` characters) in the plan. */
async function hoverAt(text: string, needle: string, options: { occurrence?: number; shift?: number; locale?: 'ko' | 'en' } = {}): Promise<string> {
    let offset = -1;
    for (let i = 0; i <= (options.occurrence ?? 0); i++) {
        offset = text.indexOf(needle, offset + 1);
    }
    expect(offset, needle).toBeGreaterThanOrEqual(0);
    services.plan.Settings.locale = options.locale ?? 'ko';
    try {
        const { document } = await checkText(text);
        const hover = await services.lsp.HoverProvider!.getHoverContent(document, {
            textDocument: { uri: document.uri.toString() },
            position: document.textDocument.positionAt(offset + (options.shift ?? 1))
        });
        return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    } finally {
        services.plan.Settings.locale = 'ko';
    }
}

const plan = (body: string) => `plan P "계획" {\n${body}\n}\n`;

describe('hover on keywords', () => {
    test('a keyword shows its meaning and the report passage of its rule, in the display language', async () => {
        const text = plan('agency A "진흥원" { independent }');
        const ko = await hoverAt(text, 'independent');
        expect(ko).toContain('**독립 · independent** — 전담기구가 기존 지자체 조직에서 독립되어 있다는 표시.');
        expect(ko).toContain('> 전담기구는 기존의 지자체조직에서 독립되어');
        expect(ko).toContain('□ 지역 바이오클러스터의 발전전략 ▶ 민관협력체제');
        const en = await hoverAt(text, 'independent', { locale: 'en' });
        expect(en).toContain('**독립 · independent** — Marks the agency as independent');
        expect(en).toContain('*The agency must be independent of the existing local-government organisation');
    });

    test('a Korean keyword shows both spellings and the same meaning; a name spelled like one shows its element', async () => {
        const text = '계획 P "계획" {\n    계획기간 2026 부터 2037\n    전담기구 독립 "진흥원" { 독립 }\n    과제 T "t" { 담당 독립 }\n}\n';
        expect(await hoverAt(text, '계획기간')).toMatch(/^\*\*계획기간 · horizon\*\* — /);
        expect(await hoverAt(text, '독립 }')).toContain('**독립 · independent** — 전담기구가 기존 지자체 조직에서 독립되어 있다는 표시.');
        expect(await hoverAt(text, '담당 독립', { shift: 4 })).toContain('**전담기구** `독립` — 진흥원');
    });

    test('the meaning names the values of a clause in the plan\'s spelling', async () => {
        const english = await hoverAt(plan('leadership private'), 'leadership');
        expect(english).toContain('— 클러스터 개발을 누가 주도하는지: private(민간), government(관), joint(민관 공동).');
        const korean = await hoverAt('계획 P "계획" {\n    주도 민간\n}\n', '주도');
        expect(korean).toContain('**주도 · leadership** — 클러스터 개발을 누가 주도하는지: 민간, 정부(관), 민관공동.');
        // The English meaning names English keywords whatever the plan's spelling.
        expect(await hoverAt('계획 P "계획" {\n    주도 민간\n}\n', '주도', { locale: 'en' })).toContain('Who leads cluster development: private, government or joint.');
    });

    test('an enum value is explained where it stands', async () => {
        const text = plan('vision "v" { position research }\ntask T "t" { goals research }\nfund F "f" { purpose research }');
        expect(await hoverAt(text, 'research')).toContain('가치사슬: 기초연구');
        expect(await hoverAt(text, 'research', { occurrence: 1 })).toContain('장기 목표: 세계적인 연구·과학기반');
        expect(await hoverAt(text, 'research', { occurrence: 2 })).toContain('연구개발 자금');
        expect(await hoverAt(plan('leadership private'), 'private')).toContain('민간 주도');
        expect(await hoverAt(plan('fund F "f" { source private }'), 'private')).toContain('민간 재원');
        expect(await hoverAt(plan('agency A "a" { budget 1 억원 }'), 'budget')).toContain('전담기구의 독립 예산');
        expect(await hoverAt(plan('agency A "a" { operator private }'), 'private')).toContain('민간운영기관');
        expect(await hoverAt(plan('link L "l" { tier global }'), 'tier')).toContain('연계 상대 기반의 수준');
        expect(await hoverAt(plan('link L "l" { tier global }'), 'global')).toContain('link … { tier global }');
    });

    test('every keyword of the grammar has a meaning in Korean and English', () => {
        const keywords = new Set(AstUtils.streamAst(services.Grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value)
            .filter(value => /\w|[가-힣]/.test(value)));
        expect(keywords.size).toBeGreaterThan(150);
        for (const keyword of keywords) {
            expect(KEYWORD_DOCS[keyword]?.meaning.ko, keyword).toBeTruthy();
            expect(KEYWORD_DOCS[keyword]?.meaning.en, keyword).toBeTruthy();
        }
        for (const [key, doc] of Object.entries(KEYWORD_DOCS)) {
            expect(keywords.has(key.split(':').at(-1)!), key).toBe(true);
            if (doc.rule) {
                expect(findRule(doc.rule), key).toBeDefined();
            }
        }
    });
});

describe('hover on rules', () => {
    test('inside a diagnostic the rule principle, trigger and passage are shown in the display language', async () => {
        const text = plan('agency A "진흥원" { budget 1 억원 }');
        const rule = getRule('agency-independent');
        const ko = await hoverAt(text, 'A "');
        expect(ko).toContain(`**${rule.principle.ko}**`);
        expect(ko).toContain(rule.trigger.ko);
        expect(ko).toContain(`> ${rule.source!.passage}`);
        expect(ko).toContain(`*${rule.source!.gist}*`);
        expect(ko).toMatch(/\[규칙 문서\]\(file:\/\/\/.*docs\/rules\/agency-independent\.md\)/);
        expect(ko).toContain('**전담기구** `A` — 진흥원');
        const en = await hoverAt(text, 'A "', { locale: 'en' });
        expect(en).toContain(`**${rule.principle.en}**`);
        expect(en).toContain('[Rule documentation](');
    });

    test('in a Korean-keyword plan the trigger names the rule\'s keywords in Korean', async () => {
        const rule = getRule('agency-independent');
        expect(rule.trigger.ko).toBe('agency에 independent 표시가 없을 때');
        const korean = await hoverAt('계획 P "계획" {\n    전담기구 A "진흥원" { 예산 1 억원 }\n}\n', 'A "');
        expect(korean).toContain('규칙 `agency-independent` · 지적 조건: 전담기구에 독립 표시가 없을 때');
        expect(await hoverAt(plan('agency A "진흥원" { budget 1 억원 }'), 'A "')).toContain(`· 지적 조건: ${rule.trigger.ko}`);
    });

    test('hovering the daegu draft on its agency shows agency-independent', async () => {
        const text = example('daegu-draft.cplan');
        expect(await hoverAt(text, 'DBP "')).toContain(getRule('agency-independent').principle.ko);
    });

    test('the rule id of a waive shows that rule', async () => {
        const text = plan('waive "champion-required" because "시장이 직접 선도"');
        const hover = await hoverAt(text, 'champion-required', { shift: 3 });
        expect(hover).toContain(getRule('champion-required').principle.ko);
        expect(hover).toContain(getRule('champion-required').source!.passage);
    });
});

describe('hover on references', () => {
    test('a reference shows the kind and title of the element it names', async () => {
        const text = plan('agency A "부산바이오진흥원"\nfirm research "(주)리서치"\nnetwork N "포럼" { members A, research host research }\ntask T "t" { owner A }');
        expect(await hoverAt(text, 'owner A', { shift: 6 })).toContain('**전담기구** `A` — 부산바이오진흥원');
        expect(await hoverAt(text, 'members A, research', { shift: 12 })).toContain('**기업** `research` — (주)리서치');
        expect(await hoverAt(text, 'host research', { shift: 6, locale: 'en' })).toContain('**firm** `research` — (주)리서치');
    });
});

describe('hover on a syntax error', () => {
    test('shows the form expected there with an example, not the rule\'s principle', async () => {
        const hover = await hoverAt(plan('    region 부산광역시'), '부산광역시');
        expect(hover).toContain('**이렇게 씁니다**');
        expect(hover).toContain('region "…"');
        expect(hover).not.toContain(getRule('syntax').principle.ko);
        const typo = await hoverAt(plan('    horizn 2026 to 2035'), 'horizn', { locale: 'en' });
        expect(typo).toContain('**Write it like this**');
        expect(typo).toContain('horizon');
        expect(typo).not.toContain(getRule('syntax').principle.en);
    });
});

describe('hover on what the whole plan lacks', () => {
    test('a plan header with many findings shows one short checklist by category, each rule linked to its page', async () => {
        const text = 'plan P "계획" {\n    region "부산광역시"\n}\n';
        const { diagnostics } = await checkText(text);
        const onHeader = diagnostics.filter(diagnostic => diagnostic.range.start.line === 0).map(diagnostic => String(diagnostic.code));
        expect(onHeader.length).toBeGreaterThan(10);
        const hover = await hoverAt(text, 'plan');
        expect(hover).toContain(`**이 계획에 빠진 것 ${new Set(onHeader).size}가지 (분류별, 규칙 문서 링크)**`);
        for (const id of onHeader) {
            expect(hover).toContain(`[\`${id}\`](`);
        }
        expect(hover).toContain('*발전 로드맵*');
        expect(hover).not.toContain('보고서 원문');
        // What the reader sees (link targets are not shown): a line of about 60 characters per rule.
        const visible = hover.replace(/\]\([^)]*\)/g, ']');
        expect(visible.length).toBeLessThan(1500);
    });

    test('a place with a few findings keeps a section for each, with the report passage', async () => {
        const hover = await hoverAt(plan('    agency A "진흥원" { independent }'), 'A "');
        expect(hover).toContain('보고서 원문');
        expect(hover).not.toContain('빠진 것');
    });
});
