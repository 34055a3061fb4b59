import { addDays, addMonths, quarterOf, type Ymd } from './calendar.js';
import { anchored, wordsBefore } from './context.js';
import { groupStart, regexParser } from './regex-parser.js';
import { clauseTense } from './tense.js';
import { fmtDate, fmtDuration, fmtMonth, fmtQuarter, fmtYear } from './timex.js';
import { type Hit, hit } from './types.js';
import { NUMBER, parseNumber, UNIT_TOKENS, UNIT_WORD, unitOf, VAGUE } from './vocab.js';

/**
 * Offsets from the publication date: "two days ago" → 2021-03-16, "a year ago" → 2020,
 * "three months from now", "in three weeks" (future clause) → a date at the unit's
 * granularity (weeks and days give a day, as MEANTIME does). "within 30 days" is a
 * duration and a deadline. "several years ago" → PAST_REF.
 */
const AMOUNT = `(${NUMBER}|${VAGUE})`;
const AGO = new RegExp(`\\b${AMOUNT}\\s+(?:more\\s+)?(${UNIT_WORD})\\s+(ago|from\\s+now|hence)\\b`, 'gi');
const IN = new RegExp(`\\b(in|within)\\s+(?:the\\s+next\\s+)?${AMOUNT}\\s+(${UNIT_WORD})\\b`, 'gi');
/** "the lowest level in three weeks": a span of time looked back over, not a future date. */
const LOOKBACK = /^(?:\w+est|most|time|times|first|level|levels|high|low|record)$/;

export const agoParser = regexParser({
  name: 'ago',
  pattern: AGO,
  words: ['ago', 'now', 'hence'],
  extract(ctx, m): Hit | null {
    const n = parseNumber(m[1]);
    const sign = /^ago$/i.test(m[3]) ? -1 : 1;
    const unit = unitOf(m[2]);
    if (!unit) return null;
    const ref = sign < 0 ? 'PAST_REF' : 'FUTURE_REF';
    const value = n === null ? ref : anchored(ctx.dct, (d) => shifted(d, unit.name, sign * n), ref);
    return value === null ? null : hit(m.index, m.index + m[0].length, 'DATE', value, true);
  },
});

export const inParser = regexParser({
  name: 'in-within',
  pattern: IN,
  indices: true,
  words: UNIT_TOKENS,
  quick:
    /\b(?:in|within)\s+(?:the\s+next\s+)?[\w.-]+(?:\s+[\w-]+){0,3}\s+(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur)/,
  extract(ctx, m): Hit | null {
    const n = parseNumber(m[2]);
    const unit = unitOf(m[3]);
    if (!unit) return null;
    const amountAt = groupStart(m, 2);
    const end = m.index + m[0].length;
    if (m[1].toLowerCase() === 'within') {
      return hit(amountAt, end, 'DURATION', fmtDuration(n, unit.unit), false, undefined, true);
    }
    if (n === null || wordsBefore(ctx.text, m.index, 6).some((w) => LOOKBACK.test(w))) return null;
    // Only a clause about what is ahead ("will return in three weeks") makes it a date.
    const abs = ctx.sentence.start;
    const tense = clauseTense(ctx.doc, abs + m.index, abs + m.index + m[0].length);
    if (tense !== 'future' && tense !== 'present') return null;
    const value = anchored(ctx.dct, (d) => shifted(d, unit.name, n), 'FUTURE_REF');
    const start = m.index + (/^\w+\s+/.exec(m[0])?.[0].length ?? 0);
    return value === null ? null : hit(start, end, 'DATE', value, true);
  },
});

/** dct moved by n units, formatted at the unit's granularity. */
function shifted(d: Ymd, unit: string, n: number): string {
  const k = Math.round(n);
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
      return fmtDate(d);
    case 'day':
      return fmtDate(addDays(d, Math.round(n)));
    case 'week':
    case 'fortnight':
      return fmtDate(addDays(d, Math.round(n * (unit === 'week' ? 7 : 14))));
    case 'month': {
      const t = addMonths(d.y, d.m, k);
      return fmtMonth(t.y, t.m);
    }
    case 'quarter': {
      const t = addMonths(d.y, d.m, 3 * k);
      return fmtQuarter(t.y, quarterOf(t.m));
    }
    case 'decade':
      return fmtYear(d.y + 10 * k);
    case 'century':
      return fmtYear(d.y + 100 * k);
    default:
      return fmtYear(d.y + k);
  }
}
