import type { Money } from '../grammar/generated/ast.js';

/**
 * Money in 억원 (100 million won), the unit Korean plans are budgeted in. USD is converted
 * at a fixed planning rate so that totals can be compared; documents say so where they show it.
 */
export const KRW_PER_USD = 1400;

const EOK_PER_UNIT: Readonly<Record<Money['unit'], number>> = {
    '억원': 1,
    '백만원': 0.01,
    '조원': 10_000,
    KRW: 1e-8,
    USD: KRW_PER_USD * 1e-8
};

export function toEok(money: Money): number {
    return money.amount * EOK_PER_UNIT[money.unit];
}

/**
 * A number as Korean documents write it (`1,234.5`): grouped by thousands, with at most
 * `maximumFractionDigits` decimals of the shortest decimal that reads back as the number,
 * rounded half away from zero — as `Intl.NumberFormat('ko-KR', { maximumFractionDigits })`
 * writes it. Written out here because the first formatter a process makes loads ICU's locale
 * data, about 20 ms of a `cplan check` or `generate` that formats a few numbers
 * (test/money.test.ts holds the two equal).
 */
export function formatNumber(value: number, maximumFractionDigits = 2): string {
    if (!Number.isFinite(value)) {
        return Number.isNaN(value) ? 'NaN' : value > 0 ? '∞' : '-∞';
    }
    const digits = maximumFractionDigits;
    const [decimal, exponentText = '0'] = Math.abs(value).toString().split('e');
    const [whole, fraction = ''] = decimal.split('.');
    const exponent = Number(exponentText);
    // A negative exponent is a number under a millionth, which rounds to 0; a positive one, a whole number of 10^21 or more.
    const scaled = exponent < 0 ? 0n
        : exponent > 0 ? BigInt(whole + fraction.padEnd(exponent, '0')) * 10n ** BigInt(digits)
        : BigInt(whole + fraction.slice(0, digits).padEnd(digits, '0')) + (fraction[digits] >= '5' ? 1n : 0n);
    const text = scaled.toString().padStart(digits + 1, '0');
    const grouped = text.slice(0, text.length - digits).replace(/\B(?=(\d{3})+$)/g, ',');
    const decimals = text.slice(text.length - digits).replace(/0+$/, '');
    const sign = value < 0 || Object.is(value, -0) ? '-' : '';
    return `${sign}${grouped}${decimals ? `.${decimals}` : ''}`;
}

/** `1,234.5억원` — at most two decimals, thousands separated. */
export function formatEok(eok: number): string {
    return `${formatNumber(eok)}억원`;
}

/** A unit word at the start of a text, before no letter or digit; with `won`, `원` may follow after spaces (`억 원`). */
function unitWord(words: string, options: { readonly won?: boolean; readonly ignoreCase?: boolean } = {}): RegExp {
    // Built from strings rather than written as literals, so that the bundle holds the Hangul escaped and stays ASCII (scripts/bundle.mjs).
    return new RegExp(`^(?:${words})${options.won ? '(?:[ \\t]*원)?' : ''}(?![\\p{L}\\p{N}_])`, options.ignoreCase ? 'iu' : 'u');
}

/**
 * Units planners write that are not units of the language (`120억 원`, `120 억`, `120 달러`),
 * each with the unit meant. Matched at the start of what follows the amount. Made on first use:
 * compiling Unicode property classes costs a start of `cplan` a millisecond or two, and only a
 * plan with a syntax error needs them.
 */
let nearMissPatterns: ReadonlyArray<readonly [RegExp, Money['unit']]> | undefined;
const unitNearMissPatterns = (): ReadonlyArray<readonly [RegExp, Money['unit']]> => nearMissPatterns ??= [
    [unitWord('억', { won: true }), '억원'],
    [unitWord('백만', { won: true }), '백만원'],
    [unitWord('조', { won: true }), '조원'],
    [unitWord('원|krw|won', { ignoreCase: true }), 'KRW'],
    [unitWord('달러|usd|dollars?', { ignoreCase: true }), 'USD']
];

/** The unit a near-miss at the start of `text` means, and how long the near-miss is. */
export function unitNearMiss(text: string): { readonly unit: Money['unit']; readonly length: number } | undefined {
    for (const [pattern, unit] of unitNearMissPatterns()) {
        const match = pattern.exec(text);
        if (match) {
            return { unit, length: match[0].length };
        }
    }
    return undefined;
}

/** The units an amount of money is written in. */
export const MONEY_UNITS: ReadonlySet<string> = new Set(Object.keys(EOK_PER_UNIT));
