import type { ParsedComponents, ParsedResult } from 'chrono-node';
import * as chrono from 'chrono-node';
import type { Ymd } from './calendar.js';
import { isSpaceCode } from './context.js';
import { fmtDate, fmtDateTime, fmtMonth } from './timex.js';
import { type Candidate, candidate, type SentenceCtx, type TimeParser } from './types.js';

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

/**
 * Every form kept here has a digit next to a month name, a date separator (18/03/2021,
 * 2021-03-18, 18.03.2021), a colon (18:00) or am/pm. chrono is only given a window of text
 * around each such trigger: its cost grows faster than the text, and is most of the stage.
 */
const DIGITS = /\d+/g;
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';
const TRIGGER_BEFORE = new RegExp(`${MONTH}[a-z]*\\.?,?\\s*(?:the\\s+)?$`);
const TRIGGER_AFTER = new RegExp(
  `^(?:[-/:]\\d|\\.\\d{1,2}\\.\\d|\\s*(?:[ap]\\.?m\\b|[ap]\\.m\\.)|(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH})`,
  'i',
);
const BEFORE = 24;
const AFTER = 48;
const WIDEN = 16;
const MAX_WINDOW = 240;

/** Windows [start, end) of the sentence around triggers, merged, widened to word boundaries. */
export function chronoWindows(text: string): [number, number][] {
  const out: [number, number][] = [];
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m !== null; m = DIGITS.exec(text)) {
    const end = m.index + m[0].length;
    const triggered =
      TRIGGER_AFTER.test(text.slice(end, end + 14)) ||
      TRIGGER_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index));
    if (!triggered) continue;
    let a = Math.max(0, m.index - BEFORE);
    let b = Math.min(text.length, m.index + AFTER);
    for (let k = 0; k < WIDEN && a > 0 && !isSpaceCode(text.charCodeAt(a - 1)); k++) a--;
    for (let k = 0; k < WIDEN && b < text.length && !isSpaceCode(text.charCodeAt(b)); k++) b++;
    const last = out[out.length - 1];
    // Merged windows stay short: chrono's cost grows faster than its input.
    if (last && a <= last[1] && b - last[0] <= MAX_WINDOW) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Used when there is no publication date; years chrono only implied become XXXX. */
const NO_DCT_REF = new Date(2000, 0, 1, 12);

/** Rule of a clock time alone ("18:00 UTC"), which the date-time refiner may join to a date. */
export const CLOCK_RULE = 'chrono-clock';

const MIN_YEAR = 1800;
const MAX_YEAR = 2100;

export const chronoParser: TimeParser = {
  name: 'chrono',
  parse(ctx: SentenceCtx): Candidate[] {
    const ref = ctx.dct ? new Date(ctx.dct.y, ctx.dct.m - 1, ctx.dct.d, 12) : NO_DCT_REF;
    const out: Candidate[] = [];
    for (const [a, b] of chronoWindows(ctx.text)) {
      for (const r of engine.parse(ctx.text.slice(a, b), ref)) {
        const c = toCandidate(ctx, r, a);
        if (c) out.push(c);
      }
    }
    return out;
  },
};

function toCandidate(ctx: SentenceCtx, r: ParsedResult, offset: number): Candidate | null {
  const start = convert(r.start, ctx.dct);
  if (!start) return null;
  // "3/4" is a fraction more often than a date: slash dates need a year.
  if (r.tags().has('parser/SlashDateFormatParser') && !r.start.isCertain('year')) return null;
  const end = r.end ? convert(r.end, ctx.dct) : null;
  let index = offset + r.index;
  let text = r.text;
  const lead = /^(?:at|on)\s+/i.exec(text);
  if (lead) {
    index += lead[0].length;
    text = text.slice(lead[0].length);
  }
  text = text.replace(/[\s,]+$/, '');
  // "closing at 8,579.19", "iPhone 4 a free case": chrono reads clock times into numbers.
  if (!start.date && !CLOCK_TEXT.test(text)) return null;
  const from = ctx.sentence.start + index;
  const endValue = end && end.value !== start.value ? end.value : undefined;
  const rule = start.date ? 'chrono' : CLOCK_RULE;
  return candidate(
    from,
    from + text.length,
    start.time ? 'TIME' : 'DATE',
    start.value,
    start.relative,
    endValue,
    false,
    rule,
    0,
  );
}

/** A clock time as written in news: 18:00, 6:40 p.m., 9 am (not "8" or "4 a"). */
const CLOCK_TEXT = /^\d{1,2}(?::\d\d(?::\d\d)?(?![\d,.]\d)|\s*(?:[ap]\.m\.|[ap]m\b))/i;

interface Converted {
  readonly value: string;
  /** The date part came from the text, not from the publication date. */
  readonly date: boolean;
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
    return hasYear ? { value: fmtMonth(year, month), date: true, time: false, relative: false } : null;
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
  if (!hasHour) return { value: date, date: true, time: false, relative };
  const utc = s.isCertain('timezoneOffset') && s.get('timezoneOffset') === 0;
  return {
    value: fmtDateTime(date, s.get('hour') ?? 0, s.get('minute') ?? 0, utc),
    date: hasMonth || hasDay,
    time: true,
    relative,
  };
}
