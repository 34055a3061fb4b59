import { anchored, textAfter } from './context.js';
import { regexParser } from './regex-parser.js';
import { fmtDate } from './timex.js';
import { type Hit, hit } from './types.js';

/** Rule name the anaphora refiner looks for. */
export const ANAPHORIC_DAY_RULE = 'anaphoric-day';

/**
 * "the day", "the same day", "that day", "the previous day", "the next day": a day named
 * earlier in the article. Parsed here as the publication date with an offset; the anaphora
 * refiner moves it to the last day-level date before it ("fell on Monday … ending the day").
 */
const PATTERN =
  /\b(?:the\s+(same|previous|next|following)\s+day|(?:the|that)\s+(?:same\s+)?day(?:\s+(before|after)(?=\s*[,.;]|\s*$))?)\b(?![-'’])/gi;
const OFFSET: Readonly<Record<string, number>> = {
  previous: -1,
  before: -1,
  next: 1,
  following: 1,
  after: 1,
};
/** "the day of the vote", "the day when …": a day defined by what follows, not by anaphora. */
const DEFINED_AFTER = /^\s+(?:of|when|that|after|before|on|in|he|she|it|they|we|the|a|an)\b/i;

export const anaphoricDayParser = regexParser({
  name: ANAPHORIC_DAY_RULE,
  pattern: PATTERN,
  quick: /\bday\b/,
  extract(ctx, m): Hit | null {
    const end = m.index + m[0].length;
    if (!m[2] && DEFINED_AFTER.test(textAfter(ctx.text, end, 8))) return null;
    const offset = OFFSET[(m[1] ?? m[2] ?? '').toLowerCase()] ?? 0;
    const value = anchored(ctx.dct, (d) => fmtDate(d), null);
    if (value === null) return null;
    return hit(m.index, end, 'DATE', offset === 0 ? value : `${value}${offset > 0 ? '+' : '-'}1`, true);
  },
});
