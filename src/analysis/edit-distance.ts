/**
 * Edit distance with insertions, deletions, substitutions and transpositions of two
 * neighbouring letters, each costing one (optimal string alignment): `pi` is one edit from `ip`.
 */
export function editDistance(a: string, b: string): number {
    let beforePrevious: number[] = [];
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
            }
        }
        beforePrevious = previous;
        previous = current;
    }
    return previous[b.length];
}

/** The candidates nearest to a mistyped word, in their order, if any is at most `maxDistance` edits away. */
export function closestMatches(typed: string, candidates: Iterable<string>, maxDistance: number): string[] {
    let best: string[] = [];
    let bestDistance = Infinity;
    for (const candidate of new Set(candidates)) {
        // Words whose lengths differ by more than the limit are further apart than that anyway.
        if (Math.abs(typed.length - candidate.length) > maxDistance) {
            continue;
        }
        const distance = editDistance(typed, candidate);
        if (distance <= maxDistance && distance < bestDistance) {
            best = [candidate];
            bestDistance = distance;
        } else if (distance === bestDistance) {
            best.push(candidate);
        }
    }
    return best;
}

/** The candidate nearest to a mistyped word (the first of equally near ones), if one is at most `maxDistance` edits away. */
export function closestMatch(typed: string, candidates: Iterable<string>, maxDistance: number): string | undefined {
    return closestMatches(typed, candidates, maxDistance)[0];
}
