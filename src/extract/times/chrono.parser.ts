import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { Ymd } from './calendar.js';
import { fmtDate, fmtDateTime, fmtMonth } from './timex.js';
import type { Candidate, SentenceCtx, TimeParser } from './types.js';

/**
 * chrono's strict English parsers for the forms it reads well: month-name dates ("March 18,
 * 2021", "18 March", "April 2nd"), ISO and slash dates, and clock times. Weekdays and
 * "ago/later/within" are left to our own parsers, which know tense and TIMEX3 granularity.
 */
const DROPPED = new Set([
  'ENWeekdayParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
]);

const engine = (() => {
  const c = chrono.strict.clone();
  c.parsers = c.parsers.filter((p) => !DROPPED.has(p.constructor.name));
  return c;
})();

/** Used when there is no publication date; years chrono only implied become XXXX. */
const NO_DCT_REF = new Date(2000, 0, 1, 12);

/** Rule of a clock time alone ("18:00 UTC"), which the date-time refiner may join to a date. */
export const CLOCK_RULE = 'chrono-clock';

const MIN_YEAR = 1800;
const MAX_YEAR = 2100;

export const chronoParser: TimeParser = {
  name: 'chrono',
  parse(ctx: SentenceCtx): Candidate[] {
    if (!/\d/.test(ctx.text)) return []; // every form kept here has a digit
    const ref = ctx.dct ? new Date(ctx.dct.y, ctx.dct.m - 1, ctx.dct.d, 12) : NO_DCT_REF;
    const out: Candidate[] = [];
    for (const r of engine.parse(ctx.text, ref)) {
      const c = toCandidate(ctx, r);
      if (c) out.push(c);
    }
    return out;
  },
};

function toCandidate(ctx: SentenceCtx, r: ParsedResult): Candidate | null {
  const start = convert(r.start, ctx.dct);
  if (!start) return null;
  // "3/4" is a fraction more often than a date: slash dates need a year.
  if (r.tags().has('parser/SlashDateFormatParser') && !r.start.isCertain('year')) return null;
  const end = r.end ? convert(r.end, ctx.dct) : null;
  let index = r.index;
  let text = r.text;
  const lead = /^(?:at|on)\s+/i.exec(text);
  if (lead) {
    index += lead[0].length;
    text = text.slice(lead[0].length);
  }
  text = text.replace(/[\s,]+$/, '');
  return {
    start: ctx.sentence.start + index,
    end: ctx.sentence.start + index + text.length,
    type: start.time ? 'TIME' : 'DATE',
    value: start.value,
    relative: start.relative,
    ...(end && end.value !== start.value ? { endValue: end.value } : {}),
    rule: r.start.isCertain('day') || r.start.isCertain('month') ? 'chrono' : CLOCK_RULE,
  };
}

interface Converted {
  readonly value: string;
  readonly time: boolean;
  readonly relative: boolean;
}

function convert(s: ParsedComponents, dct: Ymd | null): Converted | null {
  const hasDay = s.isCertain('day');
  const hasMonth = s.isCertain('month');
  const hasYear = s.isCertain('year');
  const hasHour = s.isCertain('hour');
  const year = s.get('year') ?? 0;
  const month = s.get('month') ?? 0;
  if (hasYear && (year < MIN_YEAR || year > MAX_YEAR)) return null;
  if (!hasDay && !hasMonth && !hasHour) return null;
  if (hasMonth && !hasDay && !hasHour) {
    return hasYear ? { value: fmtMonth(year, month), time: false, relative: false } : null;
  }
  let date: string;
  let relative: boolean;
  if (!hasMonth && !hasDay) {
    date = dct ? fmtDate(dct) : 'XXXX-XX-XX'; // a clock time alone happens on the publication day
    relative = true;
  } else {
    const ymd = { y: year, m: month, d: s.get('day') ?? 1 };
    date = hasYear || dct ? fmtDate(ymd) : `XXXX${fmtDate(ymd).slice(4)}`;
    relative = !hasYear;
  }
  if (!hasHour) return { value: date, time: false, relative };
  const utc = s.isCertain('timezoneOffset') && s.get('timezoneOffset') === 0;
  return { value: fmtDateTime(date, s.get('hour') ?? 0, s.get('minute') ?? 0, utc), time: true, relative };
}
