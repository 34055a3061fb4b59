import type { Candidate, TimeRefiner } from './types.js';

/**
 * Keeps one candidate per stretch of text: of two that overlap, the longer; at equal length,
 * the one from the earlier parser (chrono's OverlapRemovalRefiner, plus the priority).
 */
export const overlapRefiner: TimeRefiner = {
  name: 'overlap',
  refine(_doc, candidates) {
    const sorted = [...candidates].sort(byStart);
    const kept: Candidate[] = [];
    for (const c of sorted) {
      const prev = kept[kept.length - 1];
      if (!prev || c.start >= prev.end) {
        kept.push(c);
        continue;
      }
      if (better(c, prev)) kept[kept.length - 1] = c;
    }
    return kept;
  },
};

function byStart(a: Candidate, b: Candidate): number {
  return a.start - b.start || b.end - b.start - (a.end - a.start) || a.priority - b.priority;
}

function better(a: Candidate, b: Candidate): boolean {
  const la = a.end - a.start;
  const lb = b.end - b.start;
  return la > lb || (la === lb && a.priority < b.priority);
}
