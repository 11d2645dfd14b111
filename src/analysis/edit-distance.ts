/** Levenshtein distance: insertions, deletions and substitutions, each costing one. */
export function editDistance(a: string, b: string): number {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}

/** The candidate nearest to a mistyped word, if one is at most `maxDistance` edits away. */
export function closestMatch(typed: string, candidates: Iterable<string>, maxDistance: number): string | undefined {
    let best: { candidate: string; distance: number } | undefined;
    for (const candidate of candidates) {
        // Words whose lengths differ by more than the limit are further apart than that anyway.
        if (Math.abs(typed.length - candidate.length) > maxDistance) {
            continue;
        }
        const distance = editDistance(typed, candidate);
        if (distance <= maxDistance && (!best || distance < best.distance)) {
            best = { candidate, distance };
        }
    }
    return best?.candidate;
}
