import { describe, expect, test } from 'vitest';
import { wordedForKoreanPlan } from '../src/analysis/korean-wording.js';

describe('a Korean text read in a Korean-keyword plan\'s own keywords', () => {
    test('a gloss that repeats the words before it goes, with the particle after it unchanged', () => {
        expect(wordedForKoreanPlan('현황 진단에 강점(strength)이 적혀 있지 않습니다')).toBe('현황 진단에 강점이 적혀 있지 않습니다');
        expect(wordedForKoreanPlan('가치사슬 포지셔닝(`position`) 추가')).toBe('가치사슬 포지셔닝 추가');
        expect(wordedForKoreanPlan('계획 기간(horizon)이 없습니다')).toBe('계획 기간이 없습니다');
    });

    test('a gloss that adds to the words before it is kept, in Korean keywords, placeholders and all', () => {
        expect(wordedForKoreanPlan('계획 기간(horizon {start} to {end})이')).toBe('계획 기간(계획기간 {start} 부터 {end})이');
        expect(wordedForKoreanPlan('연계를 맡은 주체(link의 partner)')).toBe('연계를 맡은 주체(연계의 파트너)');
        expect(wordedForKoreanPlan('개발을 누가 주도하는지(leadership)')).toBe('개발을 누가 주도하는지(주도)');
    });

    test('a keyword followed by its own Korean words reads once; other words beside it stay', () => {
        expect(wordedForKoreanPlan('private(민간), government(관), joint(민관 공동)')).toBe('민간, 정부(관), 민관공동');
        expect(wordedForKoreanPlan('(ko 한국어, en 영어; 기본 ko)')).toBe('(한국어, 영어; 기본 한국어)');
        expect(wordedForKoreanPlan('(research … marketing)')).toBe('(연구 … 마케팅)');
    });

    test('a particle written onto a keyword agrees with its Korean spelling', () => {
        // 파트너 ends in a vowel, 연계 too; 지역 (local) ends in a consonant.
        expect(wordedForKoreanPlan('partner가 없는 link를')).toBe('파트너가 없는 연계를');
        expect(wordedForKoreanPlan('origin local을 밝히고 local이 아닌')).toBe('출신 지역을 밝히고 지역이 아닌');
        // Written for `strategy`, the particle after a vowel; 전략 ends in a consonant.
        expect(wordedForKoreanPlan('strategy를 고르세요')).toBe('전략을 고르세요');
        // The copula is no particle: after 관주도, a vowel, it stays `이거나` (it read `관주도가거나`).
        expect(wordedForKoreanPlan('kind가 social이나 official이거나 kind가 없을 때')).toBe('종류가 친목이나 관주도이거나 종류가 없을 때');
    });

    test('words that are no keyword, capitalised words and placeholders are left as they are', () => {
        const untouched = '규칙 id와 High-Tech Myopia, Roelandt, cplan check, R&D, {name}의 {start}, period-order에 걸리는';
        expect(wordedForKoreanPlan(untouched)).toBe(untouched);
        expect(wordedForKoreanPlan('Knowledge Spillover(지식 유출)')).toBe('Knowledge Spillover(지식 유출)');
    });
});
