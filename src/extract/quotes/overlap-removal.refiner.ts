import type { Found } from './types.js';

function rank(f: Found): number {
  return (f.direct ? 4 : 0) + (f.attr ? 2 : 0);
}

/**
 * Keeps one quote where found quotes overlap: a direct quote over reported speech that
 * contains it, an attributed one over an unattributed one, then the longer. Returns them in
 * text order.
 */
export function removeOverlaps(found: readonly Found[]): Found[] {
  const byRank = [...found].sort(
    (a, b) => rank(b) - rank(a) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: Found[] = [];
  for (const f of byRank) {
    if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}
