/**
 * Date values of stored events (TIMEX3-style: `2021-03-18`, `2021-03-18T10:00`, `2021-W10`,
 * `2021-03`, `2021-Q1`, `2021-H1`, `2021-SU`, `2021`, decade `202`, century `20`) as spans of
 * whole days, so that values of different precision can be compared.
 */

/** How specific a date value is, most specific first. */
export type DatePrecision =
  | 'day'
  | 'week'
  | 'month'
  | 'season'
  | 'quarter'
  | 'half'
  | 'year'
  | 'decade'
  | 'century';

/** A date value as the inclusive range of day numbers (days since 1970-01-01) it covers. */
export interface DateSpan {
  /** The value, with a clock time cut off (`2021-03-18T10:00` → `2021-03-18`). */
  readonly value: string;
  readonly start: number;
  readonly end: number;
  readonly precision: DatePrecision;
}

const DAY_MS = 86_400_000;
const RANK: Record<DatePrecision, number> = {
  day: 0,
  week: 1,
  month: 2,
  season: 3,
  quarter: 4,
  half: 5,
  year: 6,
  decade: 7,
  century: 8,
};

/** Day number (days since 1970-01-01, UTC) of a calendar date; months and days may overflow. */
export function dayNumber(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** ISO `YYYY-MM-DD` of a day number. */
export function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Rank of a precision: 0 for a day, higher for coarser values. */
export function precisionRank(p: DatePrecision): number {
  return RANK[p];
}

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/** Parses a date value into its span of days; null for null, durations, references and unknown shapes. */
export function parseDate(value: string | null | undefined): DateSpan | null {
  if (!value) return null;
  const v = value.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(v);
  if (m) {
    const day = dayNumber(+m[1], +m[2], +m[3]);
    return { value: v.slice(0, 10), start: day, end: day, precision: 'day' };
  }
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(v);
  if (m) {
    const monday = isoWeekMonday(+m[1], +m[2]);
    return m[3]
      ? { value: v, start: monday + 5, end: monday + 6, precision: 'week' }
      : { value: v, start: monday, end: monday + 6, precision: 'week' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return months(v, +m[1], +m[2], +m[2], 'month');
  m = /^(\d{4})-Q([1-4])$/.exec(v);
  if (m) return months(v, +m[1], +m[2] * 3 - 2, +m[2] * 3, 'quarter');
  m = /^(\d{4})-H([12])$/.exec(v);
  if (m) return months(v, +m[1], +m[2] * 6 - 5, +m[2] * 6, 'half');
  m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(v);
  if (m) {
    const [a, b] = SEASON_MONTHS[m[2] === 'AU' ? 'FA' : m[2]];
    return months(v, +m[1], a, b, 'season');
  }
  m = /^(\d{4})$/.exec(v);
  if (m) return months(v, +m[1], 1, 12, 'year');
  m = /^(\d{3})$/.exec(v);
  if (m)
    return {
      value: v,
      start: dayNumber(+m[1] * 10, 1, 1),
      end: dayNumber(+m[1] * 10 + 10, 1, 0),
      precision: 'decade',
    };
  m = /^(\d{2})$/.exec(v);
  if (m)
    return {
      value: v,
      start: dayNumber(+m[1] * 100, 1, 1),
      end: dayNumber(+m[1] * 100 + 100, 1, 0),
      precision: 'century',
    };
  return null;
}

function months(value: string, y: number, first: number, last: number, precision: DatePrecision): DateSpan {
  return { value, start: dayNumber(y, first, 1), end: dayNumber(y, last + 1, 0), precision };
}

function isoWeekMonday(year: number, week: number): number {
  const jan4 = dayNumber(year, 1, 4);
  const weekday = (new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7; // Monday 0
  return jan4 - weekday + (week - 1) * 7;
}

/** True when `outer` covers every day of `inner`. */
export function contains(
  outer: DateSpan | { start: number; end: number },
  inner: { start: number; end: number },
): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * Two dates may name the same happening: two days at most `windowDays` apart, or (when either is
 * coarser than a day) one value containing the other (`2021-W11` and `2021-03-18`, `2021-03` and `2021-W11`).
 */
export function compatibleDates(a: DateSpan, b: DateSpan, windowDays: number): boolean {
  if (a.precision === 'day' && b.precision === 'day') return Math.abs(a.start - b.start) <= windowDays;
  return contains(a, b) || contains(b, a);
}

/** Day number of an ISO date or date-time (`article_published`); null when absent or unreadable. */
export function dayOf(iso: string | null | undefined): number | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? dayNumber(+m[1], +m[2], +m[3]) : null;
}

/**
 * The store's date filter on one value: `from` inclusive, `to` inclusive at its own precision
 * (`to=2021-03` keeps `2021-03-31`). A missing date fails any bound.
 */
export function inDateRange(date: string | null, from?: string, to?: string): boolean {
  const f = from?.trim();
  const t = to?.trim();
  if (!f && !t) return true;
  if (!date) return false;
  if (f && date < f) return false;
  if (t && date.slice(0, t.length) > t) return false;
  return true;
}
