import { dictLines } from './petrarch-text.js';
import type { Discard, ImportSink } from './types.js';

/** Reads a discard list: `PHRASE` (sentence level) or `+PHRASE` (story level), one a line. */
export function importDiscards(text: string, sink: ImportSink): Discard[] {
  const out: Discard[] = [];
  for (const line of dictLines(text)) {
    const t = line.text.trim();
    if (t.startsWith('<')) continue;
    const story = t.startsWith('+');
    const phrase = (story ? t.slice(1) : t).replace(/_/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
    if (!phrase) {
      sink.skip('discards', line.n, t, 'empty discard phrase');
      continue;
    }
    out.push({ phrase, scope: story ? 'story' : 'sentence' });
    sink.wrote('discards');
  }
  return out;
}

/**
 * Issue dictionaries and preposition lists: parley has no issue coding, and its trigger slots
 * name prepositions directly (`pp:with`), so every entry is reported as skipped.
 */
export function skipList(text: string, kind: 'issues' | 'prepositions', sink: ImportSink): void {
  const reason =
    kind === 'issues'
      ? 'issue coding: parley does not code issues'
      : 'preposition list: parley slots name their prepositions (pp:with), no list is read';
  for (const line of dictLines(text)) {
    const t = line.text.trim();
    if (kind === 'issues' && /^<\/?ISSUE/i.test(t)) continue; // section tags are not entries
    sink.skip(kind, line.n, t, reason);
  }
}
