import { type Doc, sentenceAt } from '../../nlp/doc.js';
import { CLOCK_RULE } from './chrono.parser.js';
import { type Candidate, candidate, type TimeRefiner } from './types.js';

/**
 * Gives a clock time its day: joined with the day next to it ("12:00 UTC Monday", "16:00 UTC
 * today", "Friday at 3 pm" → one TIME), or else dated by the one day-level date of its
 * sentence ("flew Tuesday in Everett at 18:00 UTC"). Otherwise it stays on the publication date.
 */
const GAP = /^\s*(?:,|on|at|of)?\s*$/i;
const DAY_VALUE = /^(?:\d{4}|XXXX)-(?:\d\d-\d\d|WXX-\d)$/;

export const dateTimeMergeRefiner: TimeRefiner = {
  name: 'datetime-merge',
  refine(doc, candidates) {
    const joined = joinPairs(doc.text, candidates);
    const days = daysBySentence(doc, joined);
    return joined.map((c) => (c.rule === CLOCK_RULE ? datedClock(doc, c, days) : c));
  },
};

/** Joins each clock time with the day right next to it into one TIME. */
function joinPairs(text: string, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const next = candidates[i + 1];
    if (next && isPair(text, c, next)) {
      out.push(c.rule === CLOCK_RULE ? joined(c, next, c, next) : joined(c, next, next, c));
      i++;
    } else out.push(c);
  }
  return out;
}

/** The TIME spanning `first` to `last`, made of a clock time and its day. */
function joined(first: Candidate, last: Candidate, clock: Candidate, day: Candidate): Candidate {
  return candidate(
    first.start,
    last.end,
    'TIME',
    withDay(clock.value, day.value),
    day.relative,
    undefined,
    day.deadline || clock.deadline,
    `${day.rule}+${clock.rule}`,
    first.priority,
  );
}

/** Day-level dates per sentence index, for the clock times left alone. */
function daysBySentence(doc: Doc, candidates: readonly Candidate[]): Map<number, Candidate[]> {
  const days = new Map<number, Candidate[]>();
  for (const d of candidates) {
    if (d.type !== 'DATE' || !DAY_VALUE.test(d.value)) continue;
    const s = sentenceAt(doc, d.start)?.i ?? -1;
    const list = days.get(s);
    if (list) list.push(d);
    else days.set(s, [d]);
  }
  return days;
}

/** A lone clock time dated by the one day-level date of its sentence, if there is one. */
function datedClock(doc: Doc, c: Candidate, days: ReadonlyMap<number, Candidate[]>): Candidate {
  const inSentence = days.get(sentenceAt(doc, c.start)?.i ?? -1);
  if (inSentence?.length !== 1) return c;
  const day = inSentence[0];
  const value = withDay(c.value, day.value);
  return candidate(c.start, c.end, c.type, value, day.relative, c.endValue, c.deadline, c.rule, c.priority);
}

function withDay(clock: string, day: string): string {
  return day + clock.slice(clock.indexOf('T'));
}

function isPair(text: string, a: Candidate, b: Candidate): boolean {
  if (!GAP.test(text.slice(a.end, b.start))) return false;
  if (a.rule === CLOCK_RULE) return DAY_VALUE.test(b.value);
  return b.rule === CLOCK_RULE && DAY_VALUE.test(a.value);
}
