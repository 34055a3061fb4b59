import { addDays, addMonths, quarterOf, type Ymd } from './calendar.js';
import { anchored } from './context.js';
import { regexParser } from './regex-parser.js';
import { fmtDecade, fmtMonth, fmtQuarter, fmtWeek, fmtWeekend, fmtYear } from './timex.js';
import { type Hit, hit } from './types.js';

/**
 * Calendar periods named from the publication date, at their own granularity (chrono gives a
 * day): "last week" → 2021-W10, "next month" → 2021-04, "this year" → 2021, "last quarter" →
 * 2020-Q4, "the weekend" → 2021-W11-WE, "earlier this year", "the end of the year".
 * "the past year" / "the next year" are durations (P1Y); "the last year" is last year.
 */
const UNIT = '(week|weekend|month|year|quarter|decade)';
const PATTERN = new RegExp(
  `\\b(?:(earlier|later)\\s+)?(?:(?:(the)\\s+)?(this|last|next|past|previous|coming|current)\\s+${UNIT}|(the)\\s+(weekend)` +
    `|the\\s+(?:very\\s+)?(?:end|beginning|start|middle|close|rest|remainder|turn)\\s+of\\s+the\\s+${UNIT})\\b`,
  'gi',
);
const SHIFT: Readonly<Record<string, number>> = {
  this: 0,
  current: 0,
  last: -1,
  past: -1,
  previous: -1,
  next: 1,
  coming: 1,
};
const DURATION: Readonly<Record<string, string>> = {
  week: 'P1W',
  weekend: 'P2D',
  month: 'P1M',
  year: 'P1Y',
  quarter: 'P1Q',
  decade: 'P10Y',
};

export const relativePeriodParser = regexParser({
  name: 'relative-period',
  pattern: PATTERN,
  words: ['week', 'weekend', 'month', 'year', 'quarter', 'decade'],
  extract(ctx, m): Hit | null {
    const start = m.index;
    const end = m.index + m[0].length;
    const unit = (m[4] ?? m[6] ?? m[7]).toLowerCase();
    const word = (m[3] ?? 'this').toLowerCase();
    // "the past year", "the coming month": a stretch of time, not a calendar period.
    if (m[2] && (word === 'past' || word === 'next' || word === 'coming')) {
      return hit(start, end, 'DURATION', DURATION[unit], false);
    }
    const shift = SHIFT[word] ?? 0;
    const fallback = shift < 0 ? 'PAST_REF' : shift > 0 ? 'FUTURE_REF' : 'PRESENT_REF';
    const value = anchored(ctx.dct, (d) => periodValue(d, unit, shift), fallback);
    return value === null ? null : hit(start, end, 'DATE', value, true);
  },
});

/** The calendar period `unit` that is `shift` periods away from the one containing dct. */
export function periodValue(d: Ymd, unit: string, shift: number): string {
  switch (unit) {
    case 'week':
      return fmtWeek(addDays(d, 7 * shift));
    case 'weekend':
      return fmtWeekend(addDays(d, 7 * shift));
    case 'month': {
      const t = addMonths(d.y, d.m, shift);
      return fmtMonth(t.y, t.m);
    }
    case 'quarter': {
      const t = addMonths(d.y, d.m, 3 * shift);
      return fmtQuarter(t.y, quarterOf(t.m));
    }
    case 'decade':
      return fmtDecade(d.y + 10 * shift);
    default:
      return fmtYear(d.y + shift);
  }
}
