import { type Candidate, candidate, type TimeRefiner } from './types.js';

/**
 * Gives a date without a year the year named right after it: "May 1 next year" → the May 1 of
 * the year after publication, "on March 10 last year". ("February last year" is the month
 * parser's own.)
 */
const GAP = /^\s*(?:of\s+)?$/;
const YEAR_WORDS = /^(?:next|last|this|the\s+following|the\s+previous)\s+year$/i;
const YEARLESS = /^\d{4}-\d\d(?:-\d\d)?$/;

export const yearSuffixRefiner: TimeRefiner = {
  name: 'year-suffix',
  refine(doc, candidates) {
    const out: Candidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const a = candidates[i];
      const b = candidates[i + 1];
      const joins =
        b !== undefined &&
        a.relative &&
        (a.rule === 'chrono' || a.rule.startsWith('chrono+')) &&
        YEARLESS.test(a.value) &&
        /^\d{4}$/.test(b.value) &&
        YEAR_WORDS.test(doc.text.slice(b.start, b.end)) &&
        GAP.test(doc.text.slice(a.end, b.start));
      if (joins) {
        const value = b.value + a.value.slice(4);
        const rule = `${a.rule}+year-suffix`;
        out.push(
          candidate(a.start, b.end, a.type, value, a.relative, a.endValue, a.deadline, rule, a.priority),
        );
        i++;
      } else out.push(a);
    }
    return out;
  },
};
