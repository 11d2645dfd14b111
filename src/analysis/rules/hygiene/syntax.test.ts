import { describe, expect, test } from 'vitest';
import { BUSAN, edit } from '../../../../test/support/plan-text.js';
import { findingsAt, testRule } from '../../../../test/support/rule-cases.js';
import { checkText } from '../../../../test/helpers.js';
import rule from './syntax.js';

testRule(rule, {
    fires: [
        { name: 'an unknown character: on it only, not again on what could not be read after it on its line', plan: edit(BUSAN, ['horizon 2026 to 2037', 'horizon 2026 @ 2037']), at: ['7:@'] },
        { name: 'a clause without its value', plan: edit(BUSAN, ['budget 120 억원', 'budget']), at: ['31:mandate'] },
        { name: 'a text that is not closed: on its quote only, not on what is misread after it', plan: edit(BUSAN, ['연구인력 양성" {', '연구인력 양성 {']), at: ['186:"'] },
        { name: 'content after the plan', plan: `${BUSAN}firm Extra "추가"\n`, at: ['194:firm'] },
        { name: 'a file that ends inside the plan: on its last character', plan: BUSAN.replace(/\}\s*$/, ''), at: ['192:}'] },
        { name: 'a misspelt keyword: on it, and not again on the rest of the plan', plan: edit(BUSAN, ['horizon 2026 to 2037', 'horizn 2026 to 2037']), at: ['7:horizn'] },
        { name: 'a unit written apart or cut short: on the whole unit', plan: edit(BUSAN, ['budget 120 억원', 'budget 120억 원'], ['budget 60 억원', 'budget 60 억']), at: ['30:억 원', '143:억'] },
        { name: 'a curly quote that is not closed', plan: edit(BUSAN, ['region "부산광역시"', 'region “부산광역시']), at: ['6:“'] }
    ],
    silent: [
        { name: 'the example plan', plan: BUSAN },
        { name: 'a comment where a clause could stand', plan: edit(BUSAN, ['budget 120 억원', 'budget 120 억원 /* 2026년 기준 */']) },
        { name: 'texts between curly quotes, as word processors write them', plan: edit(BUSAN, ['region "부산광역시"', 'region “부산광역시”'], ['ip "해양바이오 지식재산 보호 지원센터 운영"', 'ip “해양바이오 \\” 지식재산”']) },
        { name: 'money grouped by thousands', plan: edit(BUSAN, ['budget 120 억원', 'budget 1,200 억원'], ['budget 900 억원', 'budget 2,000,000.5 USD']) }
    ]
});

const plan = (...lines: string[]) => `plan P "계획" {\n${lines.map(line => `    ${line}`).join('\n')}\n}\n`;

/** The one syntax finding of a plan: its message, and its arguments. */
async function syntaxFinding(text: string): Promise<{ message: string; args: Record<string, unknown> }> {
    const findings = (await checkText(text)).diagnostics.filter(diagnostic => diagnostic.code === 'syntax');
    expect(findings).toHaveLength(1);
    return { message: String(findings[0].message), args: (findings[0].data as { args: Record<string, unknown> }).args };
}

describe('syntax findings say what was meant', () => {
    test('curly quotes read as the same text as straight ones, with their escaped closing quote', async () => {
        const { document } = await checkText(plan('region “부산 \\”광역\\” 시”', 'ip "a \\" b"'));
        const items = document.parseResult.value.items as unknown as Array<{ text: string }>;
        expect(items.map(item => item.text)).toEqual(['부산 ”광역” 시', 'a " b']);
    });

    test('money grouped by thousands is the amount without its commas; years and counts may not be grouped', async () => {
        const { document, diagnostics } = await checkText(plan('agency A "a" { budget 1,200.5 억원 }'));
        expect(diagnostics.filter(diagnostic => diagnostic.code === 'syntax')).toEqual([]);
        const agency = document.parseResult.value.items[0] as unknown as { clauses: Array<{ money: { amount: number } }> };
        expect(agency.clauses[0].money.amount).toBe(1200.5);
        expect((await syntaxFinding(plan('institution U "u" { scientists 1,200 }'))).message).toContain('1,200');
    });

    test.each([
        ['120억 원', '억 원', '억원'], ['120 억', '억', '억원'], ['3 백만 원', '백만 원', '백만원'], ['1조', '조', '조원'],
        ['500 원', '원', 'KRW'], ['10 usd', 'usd', 'USD'], ['10 달러', '달러', 'USD']
    ])('a unit near-miss (%s) names the unit meant', async (money, actual, unit) => {
        const { message, args } = await syntaxFinding(plan(`agency A "a" { budget ${money} }`));
        expect(args).toEqual({ actual, unit });
        expect(message).toContain(`\`${unit}\`(으)로 고치세요`);
    });

    test('a misspelt keyword gets "did you mean" from the keywords that may stand there', async () => {
        expect(await syntaxFinding(plan('horizn 2026 to 2035'))).toMatchObject({ args: { suggestions: { keywords: ['horizon'] } } });
        expect(await syntaxFinding(plan('agency A "a" { independant }'))).toMatchObject({ args: { suggestions: { keywords: ['independent'] } } });
        expect(await syntaxFinding(plan('leadership privat'))).toMatchObject({ args: { suggestions: { keywords: ['private'] } } });
        // `tier` is a clause of institutions and links, not of agencies: only agency clauses are offered there.
        expect(await syntaxFinding(plan('agency A "a" { tire global }'))).toMatchObject({ message: expect.stringContaining("'tire'") });
        expect((await syntaxFinding(plan('agency A "a" { tire global }'))).args.suggestions).toBeUndefined();
        expect((await syntaxFinding(plan('horizn 2026 to 2035'))).message).toContain('혹시 horizon을(를) 쓰려던 것인가요?');
        // A Korean keyword mistyped is compared with the Korean spellings.
        expect(await syntaxFinding(plan('계획기관 2026 ~ 2035'))).toMatchObject({ args: { suggestions: { keywords: ['계획기간'] } } });
        expect(await syntaxFinding(plan('leadership 밈간'))).toMatchObject({ args: { suggestions: { keywords: ['민간'] } } });
    });

    test('a word far from every keyword is told which keywords may start an item there', async () => {
        const { message, args } = await syntaxFinding(plan('지역 "부산"'));
        expect(args.actual).toBe('지역');
        expect(message).toContain("'지역'은(는) 여기에 쓸 수 있는 키워드가 아닙니다. 이 자리에는 'region', 'horizon'");
    });

    test('a clause value of the wrong kind is worded by its clause, with an example', async () => {
        const { message } = await syntaxFinding(plan('region 부산광역시'));
        expect(message).toBe('`region` 다음에는 따옴표로 감싼 글 ("…")이(가) 와야 하는데 \'부산광역시\'이(가) 있습니다. 읽지 못한 부분은 원칙 점검과 문서 생성에서 빠집니다: `region "…"`처럼 쓰세요.');
        expect((await syntaxFinding(plan('horizon 2026 2035'))).message).toContain('`horizon 2026 to 2035`처럼 쓰세요');
    });

    test('one finding per mistake: a misspelt element keyword does not also report the rest of the plan as trailing', async () => {
        expect(await findingsAt('syntax', plan('frim F "f" { star }', 'agency A "a" { independent }', 'horizon 2026 to 2036'))).toEqual(['2:frim']);
    });
});
