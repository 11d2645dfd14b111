import { CstUtils, GrammarAST } from 'langium';
import { describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale } from '../src/analysis/locale.js';
import { planQuestions, type PlanChoices } from '../src/new-plan/choices.js';
import { isKoreanSpelling, keywordOf } from '../src/grammar/keyword-spellings.js';
import { planSkeleton } from '../src/new-plan/skeleton.js';
import { placeholderAt } from '../src/lsp/fill-in.js';
import { checkText, codesOf, services } from './helpers.js';

const HORIZON = { start: 2026, end: 2037 };

/** Choice combinations a planner can make, from none (as `cplan init` writes) to all. */
const COMBINATIONS: ReadonlyArray<readonly [string, PlanChoices, Locale]> = [
    ['nothing chosen, Korean', {}, 'ko'],
    ['nothing chosen, English', {}, 'en'],
    ['greenfield, high-tech, integrated', { region: '부산광역시', horizon: HORIZON, leadership: 'private', strategy: 'greenfield', scope: 'hightech', structure: 'integrated' }, 'ko'],
    ['attraction, life science, distributed', { region: '대구광역시', horizon: HORIZON, leadership: 'private', strategy: 'attraction', scope: 'lifescience', structure: 'distributed' }, 'ko'],
    ['attraction, high-tech, distributed, in English', { region: 'Busan', horizon: HORIZON, leadership: 'private', strategy: 'attraction', scope: 'hightech', structure: 'distributed' }, 'en'],
    ['only the region and two choices', { region: '전북특별자치도', strategy: 'greenfield', structure: 'distributed' }, 'ko']
];

/** Codes that would mean the skeleton itself is wrong, not merely unfinished. */
const MISTAKES = ['syntax', 'reference', 'duplicate-name', 'duplicate-clause', 'period-order', 'period-within-horizon', 'task-cycle',
    'waiver-unknown-rule', 'waiver-reason', 'waiver-unused'];

async function actionsFor(text: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const { document } = await checkText(text);
    return await services.lsp.CodeActionProvider!.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
    }) as CodeAction[];
}

const isWaiver = (action: CodeAction) => Object.values(action.edit?.changes ?? {}).flat().some(edit => /\bwaive\b/.test(edit.newText));

function applyAction(text: string, action: CodeAction): string {
    const edits = Object.values(action.edit?.changes ?? {})[0] ?? [];
    return TextDocument.applyEdits(TextDocument.create('memory:///x.cplan', 'cluster-plan', 1, text), edits);
}

/** What a planner writes into the blanks: every `"<…>"` becomes a text, every 0 억원 an amount. */
const fillBlanks = (text: string) => text.replace(/"<[^<>"]*>"/g, '"지역 대학·기업·의회가 함께 정한 내용"').replace(/\b0 억원/g, '30 억원');

/**
 * Fills the blanks, then takes the first quick fix (never a waiver) of the first finding left
 * until none is left; returns the rule ids fixed that way and what is left.
 */
async function finish(skeleton: string): Promise<{ fixed: string[]; left: Diagnostic[] }> {
    let text = fillBlanks(skeleton);
    const fixed: string[] = [];
    for (let step = 0; step < 20; step++) {
        const { diagnostics } = await checkText(text);
        if (diagnostics.length === 0) {
            return { fixed, left: [] };
        }
        const diagnostic = diagnostics[0];
        const action = (await actionsFor(text, diagnostic)).find(candidate => candidate.edit && !isWaiver(candidate));
        if (!action) {
            return { fixed, left: diagnostics };
        }
        fixed.push(String(diagnostic.code));
        text = applyAction(text, action);
    }
    return { fixed, left: (await checkText(text)).diagnostics };
}

describe('the skeleton of a new plan', () => {
    test.each(COMBINATIONS)('%s: parses and links cleanly, and every finding is a blank or an open choice with a quick fix', async (_name, choices, locale) => {
        const skeleton = planSkeleton(choices, { locale, startYear: 2026 });
        const { document, diagnostics } = await checkText(skeleton);
        expect(codesOf(diagnostics).filter(code => MISTAKES.includes(code)), 'mistakes in the skeleton').toEqual([]);
        for (const diagnostic of diagnostics) {
            const actions = await actionsFor(skeleton, diagnostic);
            const fixes = actions.filter(action => !isWaiver(action));
            expect(fixes.map(action => action.title), `a quick fix for ${String(diagnostic.code)}: ${diagnostic.message}`).not.toEqual([]);
            if (placeholderAt(document, diagnostic.range)) {
                // A blank is fixed by writing it: the fix selects it, and adds nothing.
                expect(fixes.map(action => action.command?.command)).toEqual(['cplan.selectText']);
            }
        }
        // Filling in the blanks and taking the quick fixes of the open choices leaves nothing to report.
        const { fixed, left } = await finish(skeleton);
        expect(left.map(diagnostic => `${String(diagnostic.code)}: ${diagnostic.message}`), `left after the fixes of ${fixed.join(', ')}`).toEqual([]);
    });

    test('with a choice against a principle, that principle is reported besides the blanks, with its fix', async () => {
        for (const leadership of ['government', 'joint'] as const) {
            const skeleton = planSkeleton({ region: '부산광역시', horizon: HORIZON, leadership, strategy: 'greenfield', scope: 'hightech', structure: 'integrated' }, { locale: 'ko' });
            const { fixed, left } = await finish(skeleton);
            expect(left).toEqual([]);
            expect(fixed).toContain('private-led');
            const { diagnostics } = await checkText(fillBlanks(skeleton));
            expect(codesOf(diagnostics)).toContain('private-led');
        }
    });

    test('what was chosen is written; what was not is a commented line listing the options', () => {
        const chosen = planSkeleton(COMBINATIONS[2][1], { locale: 'ko' });
        expect(chosen).toMatch(/^ {4}region "부산광역시"$/m);
        expect(chosen).toMatch(/^ {4}horizon 2026 to 2037$/m);
        expect(chosen).toMatch(/^ {4}leadership private$/m);
        expect(chosen).toMatch(/^ {8}strategy greenfield$/m);
        expect(chosen).toMatch(/^plan 부산광역시 "부산광역시 바이오클러스터 발전계획 2026–2037" \{$/m);
        const open = planSkeleton({}, { locale: 'ko', startYear: 2030 });
        expect(open).toMatch(/^ {4}\/\/ horizon 2030 to 2039$/m);
        expect(open).toMatch(/^ {4}\/\/ leadership private \| joint \| government$/m);
        expect(open).toMatch(/^ {8}\/\/ strategy greenfield \| attraction$/m);
        expect(open).toMatch(/^ {8}\/\/ position research \| discovery \| preclinical \| clinical \| manufacturing \| marketing$/m);
        expect(open).toMatch(/^ {4}region "<지역 이름>"$/m);
    });

    test('follows the roadmap: the four stages in order, each clause with its meaning above it', () => {
        const skeleton = planSkeleton(COMBINATIONS[2][1], { locale: 'ko' });
        const stages = [...skeleton.matchAll(/^ {4}\/\/ ── (\d)단계/gm)].map(match => match[1]);
        expect(stages).toEqual(['1', '2', '3', '4']);
        const order = ['assessment', 'vision', 'leadership', 'agency', 'task 단기1', 'institution', 'task 장기1'].map(word => skeleton.search(new RegExp(`^ {4}${word}\\b`, 'm')));
        expect(order.every((position, index) => position > 0 && (index === 0 || position > order[index - 1])), `positions ${order.join(', ')}`).toBe(true);
        expect(skeleton).toContain('        // 정치적 이해관계를 넘어 지역 전체가 이룬 합의.\n        consensus "<여야·대학·기업이 합의한 내용>"');
        expect(skeleton).toContain('        // 신규개발 전략: 지역 안에서 새로 키웁니다.\n        strategy greenfield');
    });

    test('Korean and English: comments, placeholders and the document language follow the language asked for', () => {
        const korean = planSkeleton({}, { locale: 'ko' });
        const english = planSkeleton({}, { locale: 'en' });
        expect(korean).toMatch(/^ {4}language ko$/m);
        expect(english).toMatch(/^ {4}language en$/m);
        expect(korean).toContain('// ── 1단계: 지역의 바이오산업 현실에 대한 엄밀한 상황인식이 출발점 ──');
        expect(english).toContain('// ── Stage 1: a rigorous view of the region\'s bio-industry as it is is the starting point ──');
        expect(korean).toContain('ip "<지식재산 보호장치>"');
        expect(english).toContain('ip "<intellectual-property safeguard>"');
        expect(english).toMatch(/^plan NewPlan /m);
        // English holds Hangul only where the language itself does: the report's title and the money unit.
        const hangul = english.replace('한국 바이오클러스터 발전전략', '').replaceAll('억원', '').match(/[\uAC00-\uD7A3]+/g);
        expect(hangul).toBeNull();
    });

    test('written in Korean keywords, every keyword is Korean and the plan gets the same findings', async () => {
        const english = planSkeleton(COMBINATIONS[3][1], { locale: 'ko' });
        const korean = planSkeleton(COMBINATIONS[3][1], { locale: 'ko', keywords: 'ko' });
        expect(korean).toMatch(/^계획 /m);
        const keywordTexts = async (text: string) => {
            const { document, diagnostics } = await checkText(text);
            const words = CstUtils.flattenCst(document.parseResult.value.$cstNode!)
                .filter(leaf => GrammarAST.isKeyword(leaf.grammarSource) && /^[^{},~]+$/.test(leaf.text) && leaf.text !== '억원')
                .map(leaf => leaf.text).toArray();
            return { words, codes: codesOf(diagnostics) };
        };
        const [inEnglish, inKorean] = [await keywordTexts(english), await keywordTexts(korean)];
        expect(inKorean.words.length).toBe(inEnglish.words.length);
        expect(inKorean.words.filter(word => !isKoreanSpelling(word))).toEqual([]);
        expect(inKorean.codes).toEqual(inEnglish.codes);
        // The commented choices list their options in the same spelling.
        expect(korean).not.toMatch(/^\s*\/\/ (leadership|selection) /m);
    });

    test('a region with quotes and backslashes stays one string', async () => {
        const skeleton = planSkeleton({ region: '경상"남"도 \\ 서부' }, { locale: 'ko' });
        expect(skeleton).toContain('region "경상\\"남\\"도 \\\\ 서부"');
        expect(codesOf((await checkText(skeleton)).diagnostics)).not.toContain('syntax');
    });
});

describe('the questions of "New plan"', () => {
    test('ask for the horizon, leadership and the three vision choices, each option explained in the hover\'s words', () => {
        for (const locale of ['ko', 'en'] as const) {
            const questions = planQuestions(locale, 2026, locale);
            expect(questions.map(question => question.key)).toEqual(['horizon', 'leadership', 'strategy', 'scope', 'structure']);
            for (const question of questions) {
                expect(question.title, question.key).not.toBe('');
                expect(question.explanation, question.key).not.toBe('');
                for (const option of question.options) {
                    expect(option.label).not.toBe('');
                    if (question.key !== 'horizon') {
                        expect(option.explanation, `${question.key} ${String(option.value)}`).not.toBe('');
                    }
                }
            }
        }
        const [horizon, leadership, strategy] = planQuestions('ko', 2026, 'en');
        expect(horizon.options.map(option => option.label)).toEqual(['2026–2035 (10년)', '2026–2037 (12년)', '2026–2040 (15년)']);
        expect(leadership.options[0]).toMatchObject({ value: 'private', label: 'private — 민간 주도' });
        expect(leadership.options[0].explanation).toContain('보고서의 원칙');
        expect(strategy.options.map(option => option.label)).toEqual(['greenfield — 신규개발', 'attraction — 외부영입']);
    });

    test('label each option with its keyword as the new plan spells it, and its meaning only where that adds words', () => {
        const [, leadership, strategy, scope, structure] = planQuestions('ko', 2026, 'ko');
        // What each question and option means names the keywords as the labels do.
        expect(strategy.explanation).toBe('개발 전략의 선택: 신규개발 또는 외부영입.');
        expect(leadership.options.map(option => option.label)).toEqual(['민간 — 민간 주도', '민관공동', '정부 — 관 주도']);
        expect(strategy.options.map(option => option.label)).toEqual(['신규개발', '외부영입']);
        expect(scope.options.map(option => option.label)).toEqual(['하이테크 — 하이테크 바이오텍 중심', '범생명과학 — 범생명과학 포괄']);
        expect(structure.options.map(option => option.label)).toEqual(['수직통합 — 지역내 수직통합형', '분산협력 — 분산협력형']);
        // The value is the keyword itself, whatever the label: the skeleton spells it.
        expect(leadership.options.map(option => option.value)).toEqual(['private', 'joint', 'government']);
        const [, , englishStrategy] = planQuestions('en', 2026, 'en');
        expect(englishStrategy.options.map(option => option.label)).toEqual(['greenfield — build new', 'attraction — attract from outside']);
    });

    test('the skeleton written with the Korean labels\' choices spells every keyword in Korean and checks as its English twin', async () => {
        const choices: PlanChoices = { region: '부산광역시', horizon: HORIZON, leadership: 'private', strategy: 'attraction', scope: 'hightech', structure: 'distributed' };
        const korean = planSkeleton(choices, { locale: 'ko', keywords: 'ko' });
        expect(korean).toMatch(/^계획 /m);
        expect(korean).toContain('주도 민간');
        expect(korean).not.toMatch(/\b(plan|leadership|vision|strategy|attraction|hightech|distributed)\b/);
        const codes = async (text: string) => codesOf((await checkText(text)).diagnostics).sort();
        expect(await codes(korean)).toEqual(await codes(planSkeleton(choices, { locale: 'ko' })));
        // Its comments, what each keyword means, name keywords in Korean too.
        const comments = korean.split('\n').filter(line => line.trim().startsWith('//')).join('\n');
        expect(comments).toContain('// 출신: 지역 또는 외부.');
        expect(comments.match(/\b[a-z]+\b/g)?.filter(word => keywordOf(word) !== undefined) ?? []).toEqual([]);
        expect(planSkeleton(choices, { locale: 'ko' })).toContain('// 출신: local(지역) 또는 external(외부).');
    });
});
