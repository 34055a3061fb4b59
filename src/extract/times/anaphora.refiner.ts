import { ANAPHORIC_DAY_RULE } from './anaphoric-day.parser.js';
import { addDays, parseIsoDate } from './calendar.js';
import { fmtDate } from './timex.js';
import { candidate, type TimeRefiner } from './types.js';

/**
 * Resolves "the day" / "the next day" to the last day-level date before it in the article
 * (the publication date when there is none), then applies the parser's ±1 offset.
 */
const DAY = /^\d{4}-\d\d-\d\d$/;

export const anaphoraRefiner: TimeRefiner = {
  name: 'anaphora',
  refine(_doc, candidates) {
    let last: string | undefined;
    return candidates.map((c) => {
      if (c.rule !== ANAPHORIC_DAY_RULE) {
        const day = c.value.slice(0, 10);
        if ((c.type === 'DATE' || c.type === 'TIME') && DAY.test(day) && !c.endValue) last = day;
        return c;
      }
      const m = /^(\d{4}-\d\d-\d\d)([+-]1)?$/.exec(c.value);
      const base = parseIsoDate(last ?? m?.[1] ?? '');
      if (!m || !base) return c;
      const value = fmtDate(addDays(base, m[2] ? Number(m[2]) : 0));
      const rule = `${c.rule}+anaphora`;
      const resolved = candidate(
        c.start,
        c.end,
        c.type,
        value,
        c.relative,
        c.endValue,
        c.deadline,
        rule,
        c.priority,
      );
      last = value;
      return resolved;
    });
  },
};
