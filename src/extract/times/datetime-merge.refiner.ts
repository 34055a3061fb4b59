import { CLOCK_RULE } from './chrono.parser.js';
import type { Candidate, TimeRefiner } from './types.js';

/**
 * Joins a clock time to the day it sits next to: "12:00 UTC Monday", "16:00 UTC today",
 * "Friday at 3 pm" → one TIME whose date is that day's, not the publication date.
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
          value: day.value + clock.value.slice(clock.value.indexOf('T')),
          relative: day.relative,
          rule: `${day.rule}+${clock.rule}`,
          ...(day.deadline || clock.deadline ? { deadline: true } : {}),
        });
        i++;
      } else out.push(c);
    }
    return out;
  },
};

function isPair(text: string, a: Candidate, b: Candidate): boolean {
  if (!GAP.test(text.slice(a.end, b.start))) return false;
  if (a.rule === CLOCK_RULE) return DAY_VALUE.test(b.value);
  return b.rule === CLOCK_RULE && DAY_VALUE.test(a.value);
}
