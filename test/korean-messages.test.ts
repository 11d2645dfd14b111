import { AstUtils } from 'langium';
import { describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PLAN_RULES } from '../src/analysis/catalogue.js';
import { examplePlan } from '../src/analysis/rule.js';
import { isKoreanSpelling, keywordOf } from '../src/grammar/keyword-spellings.js';
import { applyRespellings, keywordRespellings } from '../src/language/keyword-conversion.js';
import { checkText, codesOf, services } from './helpers.js';

/** The plan with every keyword token written in `spelling`. */
function respell(text: string, spelling: 'en' | 'ko'): string {
    return applyRespellings(text, keywordRespellings(services.parser.LangiumParser.parse(text).value, spelling));
}

/** The words of a text's code spans (`…`) and, when `whole`, of all of it, that are keywords in English. */
function englishKeywords(text: string, names: ReadonlySet<string>, whole = false): string[] {
    const spans = whole ? [text] : text.split('`').filter((_, index) => index % 2 === 1);
    return spans.flatMap(span => span.replace(/"[^"]*"/g, '').match(/[A-Za-z]+/g) ?? [])
        .filter(word => keywordOf(word) !== undefined && !isKoreanSpelling(word) && !names.has(word));
}

const plain = (message: Diagnostic['message']): string => typeof message === 'string' ? message : message.value;

async function withLocale<T>(locale: 'ko' | 'en', run: () => Promise<T>): Promise<T> {
    const previous = services.plan.Settings.locale;
    services.plan.Settings.locale = locale;
    try {
        return await run();
    } finally {
        services.plan.Settings.locale = previous;
    }
}

async function koreanExample(rule: typeof PLAN_RULES[number]) {
    const text = respell(examplePlan(rule.examples.failing), 'ko');
    const { document, diagnostics } = await checkText(text);
    const names = new Set(AstUtils.streamAst(document.parseResult.value).map(node => (node as { name?: string }).name).filter(name => name !== undefined));
    return { text, document, diagnostics, names };
}

describe('a Korean-keyword plan is told what to write in Korean keywords', () => {
    for (const locale of ['ko', 'en'] as const) {
        test(`every rule's messages (${locale}) quote Korean keywords only`, async () => {
            await withLocale(locale, async () => {
                for (const rule of PLAN_RULES) {
                    const { diagnostics, names } = await koreanExample(rule);
                    expect(codesOf(diagnostics), rule.id).toContain(rule.id);
                    for (const diagnostic of diagnostics) {
                        const messages = [plain(diagnostic.message), ...(diagnostic.relatedInformation ?? []).map(info => info.message)];
                        for (const message of messages) {
                            expect(englishKeywords(message, names), `${rule.id}: ${message}`).toEqual([]);
                        }
                    }
                }
            });
        });
    }

    test('every rule\'s Korean messages name no English keyword at all: the glosses of their words are respelled or left out', async () => {
        await withLocale('ko', async () => {
            let glosses = 0;
            for (const rule of PLAN_RULES) {
                const { diagnostics, names } = await koreanExample(rule);
                for (const diagnostic of diagnostics) {
                    const messages = [plain(diagnostic.message), ...(diagnostic.relatedInformation ?? []).map(info => info.message)];
                    for (const message of messages) {
                        expect(englishKeywords(message, names, true), `${rule.id}: ${message}`).toEqual([]);
                        glosses += (message.match(/\((?:[\uAC00-\uD7A3]+)(?: [^()]*)?\)/g) ?? []).length;
                    }
                }
            }
            expect(glosses, 'glosses kept, in Korean keywords').toBeGreaterThan(0);
        });
        const horizon = PLAN_RULES.find(candidate => candidate.id === 'horizon-ten-years')!;
        const message = async (text: string) => withLocale('ko', async () => plain((await checkText(text)).diagnostics.find(diagnostic => diagnostic.code === horizon.id)!.message));
        const failing = examplePlan(horizon.examples.failing);
        expect(await message(failing)).toMatch(/^계획 기간\(horizon \d+ to \d+\)이 \d+년뿐입니다/);
        expect(await message(respell(failing, 'ko'))).toMatch(/^계획 기간\(계획기간 \d+ 부터 \d+\)이 \d+년뿐입니다/);
        const noHorizon = 'plan P "p" {\n}\n';
        expect(await message(noHorizon)).toMatch(/^계획 기간\(horizon\)이 없습니다/);
        // The gloss would repeat the words before it: it is left out, and the particle still agrees.
        expect(await message(respell(noHorizon, 'ko'))).toMatch(/^계획 기간이 없습니다/);
    });

    test('the same plan in English keywords is quoted in English', async () => {
        const rule = PLAN_RULES.find(candidate => candidate.id === 'private-led')!;
        const english = (await checkText(examplePlan(rule.examples.failing))).diagnostics.find(diagnostic => diagnostic.code === rule.id)!;
        const korean = (await koreanExample(rule)).diagnostics.find(diagnostic => diagnostic.code === rule.id)!;
        expect(english.message).toContain('`leadership private`로');
        expect(englishKeywords(plain(english.message), new Set())).toContain('private');
        expect(korean.message).toContain('`주도 민간`으로');
    });

    test('a placeholder inside a quoted text of a code span is filled, and the text keeps its words', async () => {
        const text = respell('plan P "p" {\n    waive "overseas-links" because "plan horizon"\n}\n', 'ko');
        expect(text).toBe('계획 P "p" {\n    적용제외 "overseas-links" 사유 "plan horizon"\n}\n');
        const message = plain((await checkText(text)).diagnostics.find(diagnostic => diagnostic.code === 'waiver-unknown-rule')!.message);
        expect(message).toContain('`적용제외 "overseas-link"`로');
    });

    test('every quick fix of a Korean-keyword plan inserts Korean keywords and titles them in Korean', async () => {
        let fixes = 0;
        for (const rule of PLAN_RULES) {
            const { text, document, diagnostics, names } = await koreanExample(rule);
            for (const diagnostic of diagnostics.filter(candidate => candidate.code === rule.id)) {
                const actions = await services.lsp.CodeActionProvider!.getCodeActions(document, {
                    textDocument: { uri: document.uri.toString() },
                    range: diagnostic.range,
                    context: { diagnostics: [diagnostic as Diagnostic] }
                }) as CodeAction[];
                for (const action of actions) {
                    fixes++;
                    expect(englishKeywords(action.title, names, true), `${rule.id}: ${action.title}`).toEqual([]);
                    const edits = Object.values(action.edit?.changes ?? {})[0] ?? [];
                    const fixed = TextDocument.applyEdits(TextDocument.create('memory:///x.cplan', 'cluster-plan', 1, text), edits);
                    const result = await checkText(fixed);
                    expect(codesOf(result.diagnostics), `${rule.id}: ${action.title}\n${fixed}`).not.toContain('syntax');
                    expect(respell(fixed, 'ko'), `${rule.id}: ${action.title}`).toBe(fixed);
                }
            }
        }
        expect(fixes).toBeGreaterThan(40);
    });
});
