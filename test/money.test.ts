import { describe, expect, test } from 'vitest';
import { formatEok, formatNumber } from '../src/analysis/money.js';

/** A fixed sequence of numbers in [0, 1), the same at every run. */
function randomNumbers(seed: number): () => number {
    let state = seed;
    return () => {
        state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
        return state / 2 ** 31;
    };
}

describe('amounts as Korean documents write them', () => {
    const korean = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 2 });

    test('read exactly as Intl.NumberFormat writes them: grouped by thousands, at most two decimals (or one), halves rounded up', () => {
        const edges = [0, -0, 1, 999.995, 1.005, 2.675, -1.005, 0.005, 0.0049999, 0.1 + 0.2, 1234567.891, 1e-7, -1e-7, 1e21, 1.5e22, -2e25, Number.MAX_SAFE_INTEGER];
        const random = randomNumbers(7);
        const values = [...edges, ...Array.from({ length: 20_000 }, (_, i) => {
            const magnitude = 10 ** Math.floor(random() * 16);
            const value = i % 2 === 0 ? Math.round(random() * 1e6) / 1000 : random() * magnitude;
            return i % 10 === 0 ? -value : value;
        })];
        const different = values.filter(value => formatNumber(value) !== korean.format(value));
        expect(different.map(value => [value, formatNumber(value), korean.format(value)])).toEqual([]);
        const oneDecimal = new Intl.NumberFormat('ko-KR', { maximumFractionDigits: 1 });
        expect(values.filter(value => formatNumber(value, 1) !== oneDecimal.format(value))).toEqual([]);
    });

    test('a number too large to be finite reads as infinite, as an amount of four hundred digits would', () => {
        expect(formatNumber(Number('9'.repeat(400)))).toBe(korean.format(Infinity));
        expect(formatNumber(-Infinity)).toBe(korean.format(-Infinity));
        expect(formatNumber(Number.NaN)).toBe(korean.format(Number.NaN));
    });

    test('in 억원', () => {
        expect(formatEok(1234.5)).toBe('1,234.5억원');
        expect(formatEok(0.014)).toBe('0.01억원');
    });
});
