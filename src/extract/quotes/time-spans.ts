import type { Time } from '../../model/record.js';
import type { Span } from './types.js';

/**
 * Where dates and clock times stand, each mention included ("said on Thursday" names no one).
 * Vague references (PAST_REF: "recent", "the past") are left out: they modify nouns ("at a recent
 * Reuters event") as often as they place a clause.
 */
export function timeSpans(times: readonly Time[]): Span[] {
  const spans: Span[] = [];
  for (const t of times) {
    if ((t.type !== 'DATE' && t.type !== 'TIME') || t.value.endsWith('_REF')) continue;
    spans.push({ start: t.start, end: t.end });
    for (const m of t.mentions ?? []) spans.push({ start: m.start, end: m.end });
  }
  return spans;
}
