import { type Candidate, candidate, type TimeRefiner } from './types.js';

/**
 * Joins two dates into one interval: "from 2001 to 2021", "between 2014 and 2016",
 * "2001–2021", "March 2020 through June 2021". The result has value = start, end_value = end.
 */
const DASH = /^\s*[-–—]\s*$/;
const TO = /^\s*(?:to|until|till|through|thru)\s*$/i;
const AND = /^\s*and\s*$/i;
const FROM_BEFORE = /\bfrom\s+$/i;
const BETWEEN_BEFORE = /\bbetween\s+$/i;
const YEAR = /^\d{4}$/;

export const intervalRefiner: TimeRefiner = {
  name: 'interval',
  refine(doc, candidates) {
    const out: Candidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const a = candidates[i];
      const b = candidates[i + 1];
      if (
        b &&
        a.type === 'DATE' &&
        b.type === 'DATE' &&
        !a.endValue &&
        !b.endValue &&
        isInterval(doc.text, a, b)
      ) {
        const relative = a.relative || b.relative;
        const rule = `${a.rule}+interval`;
        out.push(candidate(a.start, b.end, a.type, a.value, relative, b.value, a.deadline, rule, a.priority));
        i++;
      } else out.push(a);
    }
    return out;
  },
};

function isInterval(text: string, a: Candidate, b: Candidate): boolean {
  const gap = text.slice(a.end, b.start);
  const before = text.slice(Math.max(0, a.start - 10), a.start);
  if (DASH.test(gap)) return true;
  if (TO.test(gap)) return FROM_BEFORE.test(before) || (YEAR.test(a.value) && YEAR.test(b.value));
  if (AND.test(gap)) return BETWEEN_BEFORE.test(before);
  return false;
}
