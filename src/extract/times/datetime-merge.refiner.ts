import { sentenceAt } from '../../nlp/doc.js';
import { CLOCK_RULE } from './chrono.parser.js';
import type { Candidate, TimeRefiner } from './types.js';

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
    const out: Candidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
      const next = candidates[i + 1];
      if (next && isPair(doc.text, c, next)) {
        const [clock, day] = c.rule === CLOCK_RULE ? [c, next] : [next, c];
        out.push({
          start: c.start,
          end: next.end,
          type: 'TIME',
          value: withDay(clock.value, day.value),
          relative: day.relative,
          rule: `${day.rule}+${clock.rule}`,
          ...(day.deadline || clock.deadline ? { deadline: true } : {}),
        });
        i++;
      } else out.push(c);
    }
    // Day-level dates per sentence, for the clock times left alone.
    const days = new Map<number, Candidate[]>();
    for (const d of out) {
      if (d.type !== 'DATE' || !DAY_VALUE.test(d.value)) continue;
      const s = sentenceAt(doc, d.start)?.i ?? -1;
      const list = days.get(s);
      if (list) list.push(d);
      else days.set(s, [d]);
    }
    return out.map((c) => {
      if (c.rule !== CLOCK_RULE) return c;
      const inSentence = days.get(sentenceAt(doc, c.start)?.i ?? -1) ?? [];
      const day = inSentence.length === 1 ? inSentence[0] : undefined;
      return day ? { ...c, value: withDay(c.value, day.value), relative: day.relative } : c;
    });
  },
};

function withDay(clock: string, day: string): string {
  return day + clock.slice(clock.indexOf('T'));
}

function isPair(text: string, a: Candidate, b: Candidate): boolean {
  if (!GAP.test(text.slice(a.end, b.start))) return false;
  if (a.rule === CLOCK_RULE) return DAY_VALUE.test(b.value);
  return b.rule === CLOCK_RULE && DAY_VALUE.test(a.value);
}
