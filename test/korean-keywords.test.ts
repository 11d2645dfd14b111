import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Agency, Firm, HorizonClause, Plan, Task } from '../src/grammar/generated/ast.js';
import { KOREAN_KEYWORDS, spellingsOf } from '../src/grammar/keyword-spellings.js';
import { applyRespellings, keywordRespellings } from '../src/language/keyword-conversion.js';
import { keywordSpellingOf } from '../src/language/keyword-spelling.js';
import { checkText, codesOf, example, services } from './helpers.js';
import { normaliseAst } from './support/plan-printer.js';
import { BUSAN } from './support/plan-text.js';

/** The plan with every keyword token written in `spelling`. */
function respell(text: string, spelling: 'en' | 'ko'): string {
    const parsed = services.parser.LangiumParser.parse(text);
    return applyRespellings(text, keywordRespellings(parsed.value, spelling));
}

const structural = (diagnostics: readonly Diagnostic[]) =>
    diagnostics.filter(diagnostic => diagnostic.code === 'syntax' || diagnostic.code === 'reference').map(diagnostic => diagnostic.message);

async function parseClean(text: string) {
    const result = await checkText(text);
    expect(structural(result.diagnostics), text).toEqual([]);
    return result;
}

const nfd = (text: string) => text.normalize('NFD');

describe('Korean keywords', () => {
    test('every keyword has both spellings, and a Korean spelling gives back the same pair', () => {
        for (const [keyword, korean] of Object.entries(KOREAN_KEYWORDS)) {
            expect(spellingsOf(keyword)).toEqual([keyword, korean]);
            expect(spellingsOf(korean)).toEqual([keyword, korean]);
        }
        expect(spellingsOf('억원')).toEqual(['억원']);
    });

    test('a plan written in Korean keywords parses to the same tree and findings as in English', async () => {
        const korean = respell(BUSAN, 'ko');
        expect(korean).toContain('계획기간 2026 부터 2037');
        expect(korean).toContain('아웃소싱 임상, 생산 부터 OsongLink');
        const english = await parseClean(BUSAN);
        const translated = await parseClean(korean);
        expect(normaliseAst(translated.document.parseResult.value)).toEqual(normaliseAst(english.document.parseResult.value));
        expect(codesOf(translated.diagnostics)).toEqual(codesOf(english.diagnostics));
        expect(respell(korean, 'en')).toBe(BUSAN);
    });

    test('the all-Korean example checks as its English conversion does', async () => {
        const korean = example('wonju-medical-device.cplan');
        const english = respell(korean, 'en');
        expect(english).toContain('plan 원주의료기기');
        expect(english).toContain('    horizon 2026~2037\n    leadership joint\n');
        const [ko, en] = [await parseClean(korean), await parseClean(english)];
        expect(codesOf(ko.diagnostics)).toEqual(['private-led']);
        expect(codesOf(en.diagnostics)).toEqual(['private-led']);
        expect(normaliseAst(ko.document.parseResult.value)).toEqual(normaliseAst(en.document.parseResult.value));
        expect(keywordSpellingOf(ko.document)).toBe('ko');
    });

    test('keywords of both spellings mix, even on one line', async () => {
        const { document } = await parseClean('계획 P "제목" {\n    horizon 2026 부터 2037 주도 private\n    과제 T "t" { term 단기 목표 talent, 숙련인력 period 2026 to 2028 }\n}\n');
        const plan = document.parseResult.value;
        expect(normaliseAst(plan.items)).toEqual(normaliseAst((await parseClean(
            'plan P "제목" {\n    horizon 2026 to 2037 leadership private\n    task T "t" { term short goals talent, workforce period 2026 to 2028 }\n}\n')).document.parseResult.value.items));
    });

    test('a longer word is a name, and a name may be spelled like a Korean keyword', async () => {
        const { document } = await parseClean(`계획 계획서 "제목" {
    연구기관 병원 "대학병원" { 유형 병원 수준 글로벌 }
    연관산업 인프라 "산업" { 종류 병원 }
    전담기구 단기1 "기구" { 예산 120억원 }
    과제 과제 "과제" { 구분 단기 담당 병원 선행과제 과제2 }
    과제 과제2 "과제2" { 담당 단기1 }
}
`);
        const plan = document.parseResult.value;
        expect(plan.name).toBe('계획서');
        expect(plan.items.map(item => (item as { name?: string }).name)).toEqual(['병원', '인프라', '단기1', '과제', '과제2']);
        expect((plan.items[0] as { clauses: Array<{ value: string }> }).clauses.map(clause => clause.value)).toEqual(['hospital', 'global']);
        expect((plan.items[3] as Task).clauses[1]).toMatchObject({ owner: { $refText: '병원' } });
    });

    test('a year touches a following keyword, and ~ or ～ stands for to between two years', async () => {
        for (const range of ['2026부터 2037', '2026 부터 2037', '2026~2037', '2026 ～ 2037', '2026 to 2037']) {
            for (const keyword of ['계획기간', 'horizon']) {
                const { document } = await parseClean(`계획 P "제목" {\n    ${keyword} ${range}\n    과제 T "t" { 기간 ${range} }\n}\n`);
                const horizon = document.parseResult.value.items[0] as HorizonClause;
                expect([horizon.start, horizon.end], range).toEqual([2026, 2037]);
            }
        }
    });

    test('a file spells its keywords as most of its keyword tokens do; a tie goes to its language clause, then Korean', async () => {
        const spelling = async (text: string) => keywordSpellingOf((await checkText(text)).document);
        expect(await spelling(BUSAN)).toBe('en');
        expect(await spelling(respell(BUSAN, 'ko'))).toBe('ko');
        // The names 계획 and 기업 are not keywords.
        expect(await spelling('plan 계획 "p" { firm 기업 "f" { star } }')).toBe('en');
        expect(await spelling('plan P "p" { 대상지역 "r" 문서언어 en }')).toBe('en');
        expect(await spelling('plan P "p" { 대상지역 "r" language 한국어 }')).toBe('ko');
        expect(await spelling('plan P "p" { 대상지역 "r" }')).toBe('ko');
    });
});

describe('names and keywords are compared after NFC', () => {
    test('a keyword typed in decomposed Hangul is that keyword', async () => {
        const composed = '계획 P "제목" {\n    계획기간 2026 부터 2037\n    주도 민간\n}\n';
        const text = composed.replace(/[가-힣]+(?=[ \n])/g, nfd);
        expect(text).not.toBe(composed);
        const { document } = await parseClean(text);
        expect(normaliseAst(document.parseResult.value)).toEqual(normaliseAst((await parseClean(composed)).document.parseResult.value));
    });

    test('a reference typed in one form finds the name declared in the other; the name keeps its declared spelling', async () => {
        for (const [declared, referenced] of [['진흥원', nfd('진흥원')], [nfd('진흥원'), '진흥원']]) {
            const { document, diagnostics } = await parseClean(`plan P "제목" {\n    agency ${declared} "기구"\n    task T "t" { owner ${referenced} }\n}\n`);
            expect(codesOf(diagnostics)).not.toContain('reference');
            const [agency, task] = document.parseResult.value.items as [Agency, Task];
            expect(agency.name).toBe(declared);
            const owner = task.clauses[0] as { owner: { ref?: Agency } };
            expect(owner.owner.ref).toBe(agency);
        }
    });

    test('the same name in both forms is a duplicate; compatibility jamo stay distinct', async () => {
        const duplicate = await checkText(`plan P "제목" {\n    firm 셀젠 "a"\n    firm ${nfd('셀젠')} "b"\n}\n`);
        expect(codesOf(duplicate.diagnostics)).toContain('duplicate-name');
        const distinct = await checkText('plan P "제목" {\n    firm ㄱ "a"\n    firm \u1100 "b"\n}\n');
        expect(codesOf(distinct.diagnostics)).not.toContain('duplicate-name');
        expect((distinct.document.parseResult.value as Plan).items.map(item => (item as Firm).name)).toEqual(['ㄱ', '\u1100']);
    });
});
