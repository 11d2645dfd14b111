/** A small seeded generator (mulberry32), so that every run benchmarks the same plans. */
export class SeededRandom {
    private state: number;

    constructor(seed: number) {
        this.state = seed >>> 0;
    }

    /** A float in [0, 1). */
    next(): number {
        this.state = (this.state + 0x6d2b79f5) >>> 0;
        let t = this.state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }

    int(min: number, max: number): number {
        return min + Math.floor(this.next() * (max - min + 1));
    }

    pick<T>(items: readonly T[]): T {
        return items[Math.floor(this.next() * items.length)];
    }

    /** A non-empty subset, in the order of `items`. */
    subset<T>(items: readonly T[], min = 1): T[] {
        const chosen = items.filter(() => this.next() < 0.5);
        for (const item of items) {
            if (chosen.length >= min) {
                break;
            }
            if (!chosen.includes(item)) {
                chosen.push(item);
            }
        }
        return items.filter(item => chosen.includes(item));
    }

    chance(probability: number): boolean {
        return this.next() < probability;
    }
}
