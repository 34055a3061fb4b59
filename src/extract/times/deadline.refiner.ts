import { candidate, type TimeRefiner } from './types.js';

/**
 * Marks limits: "by May 1", "before the end of the year", "no later than June 3", "until
 * September 11", "the May 1 deadline", "a deadline of May 1" → deadline: true. The cue word
 * stays outside the span, as TIMEX3 has it.
 */
const CUE_BEFORE =
  /\b(?:by|before|until|till|til|(?:no|not)\s+later\s+than|prior\s+to|up\s+until|in\s+time\s+for|deadline\s+(?:of|is|was|on|for|set\s+for))\s+$/i;
const CUE_AFTER = /^\s*(?:'s\s+)?deadlines?\b/i;

export const deadlineRefiner: TimeRefiner = {
  name: 'deadline',
  refine(doc, candidates) {
    return candidates.map((c) => {
      if (c.deadline || (c.type !== 'DATE' && c.type !== 'TIME')) return c;
      if (/^(?:PRESENT|PAST|FUTURE)_REF$/.test(c.value)) return c;
      const before = doc.text.slice(Math.max(0, c.start - 30), c.start);
      const after = doc.text.slice(c.end, c.end + 15);
      if (CUE_BEFORE.test(before) || CUE_AFTER.test(after))
        return candidate(
          c.start,
          c.end,
          c.type,
          c.value,
          c.relative,
          c.endValue,
          true,
          `${c.rule}+deadline`,
          c.priority,
        );
      return c;
    });
  },
};
