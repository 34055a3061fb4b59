import { CLOCK_RULE } from './chrono.parser.js';
import { anchored } from './context.js';
import { regexParser } from './regex-parser.js';
import { fmtDate, fmtDateTime } from './timex.js';
import { type Candidate, hit, type SentenceCtx, type TimeParser, withRule } from './types.js';

/**
 * Four-digit clock times with a zone or "hours", which chrono does not read: "0800 UTC",
 * "1800 GMT", "0630 hours". Like any clock time alone, its day is the publication date until
 * the date-time refiner finds the day it belongs to.
 */
const PATTERN = /(?<![\w.,:])([01]\d|2[0-3])([0-5]\d)\s*(?:(UTC|GMT|Z)\b|hours\b|hrs\b)/g;

const parser = regexParser({
  name: 'clock',
  pattern: PATTERN,
  quick: /utc|gmt|hours|hrs|\dz/,
  extract(ctx, m) {
    const date = anchored(ctx.dct, (d) => fmtDate(d), 'XXXX-XX-XX') ?? 'XXXX-XX-XX';
    const value = fmtDateTime(date, Number(m[1]), Number(m[2]), m[3] !== undefined);
    return hit(m.index, m.index + m[0].length, 'TIME', value, true);
  },
});

export const clockParser: TimeParser = {
  name: 'clock',
  parse(ctx: SentenceCtx): Candidate[] {
    const out: Candidate[] = [];
    for (const c of parser.parse(ctx)) out.push(withRule(c, CLOCK_RULE));
    return out;
  },
};
