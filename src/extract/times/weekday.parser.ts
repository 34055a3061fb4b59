import { anchored, wordBefore } from './context.js';
import { regexParser } from './regex-parser.js';
import { type Direction, directionFromTense, directionOfWord, resolveWeekday } from './resolve.js';
import { clauseTense } from './tense.js';
import { fmtDate } from './timex.js';
import { type Hit, hit, type SentenceCtx } from './types.js';
import { DAY_PARTS, WEEKDAY_NAME, WEEKDAYS } from './vocab.js';

/**
 * Weekdays, resolved by clause tense against the publication date (chrono takes the nearest
 * one whatever the tense): past → the latest one on or before it, future/present → the first
 * on or after it; "last Friday" / "next Friday" are strictly before / after; "until Friday"
 * looks ahead, "since Friday" back. "Friday morning" is a TIME (…TMO).
 */
const PATTERN = new RegExp(
  `(?:\\b([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Pp]revious)\\s+)?\\b(${WEEKDAY_NAME})(?:\\s+(morning|afternoon|evening|night))?\\b`,
  'g',
);
/** Named days that are not the weekday of this week: "Black Monday", "Good Friday". */
const NAMED = new Set([
  'black',
  'good',
  'holy',
  'easter',
  'ash',
  'super',
  'bloody',
  'cyber',
  'palm',
  'maundy',
  'shrove',
  'blue',
  'great',
  'mad',
]);
const CUE_DIRECTION: Readonly<Record<string, Direction>> = {
  until: 'future',
  till: 'future',
  by: 'future',
  before: 'future',
  since: 'past',
};

export const weekdayParser = regexParser({
  name: 'weekday',
  pattern: PATTERN,
  quick: /day\b/,
  extract(ctx, m): Hit | null {
    const wd = WEEKDAYS[m[2].toLowerCase()];
    const nameAt = m.index + (m[1] ? m[0].indexOf(m[2], m[1].length) : 0);
    const prev = wordBefore(ctx.text, nameAt);
    if (!m[1] && NAMED.has(prev)) return null;
    const dir =
      directionOfWord(m[1]) ?? CUE_DIRECTION[prev] ?? tenseDirection(ctx, m.index, m.index + m[0].length);
    const part = m[3] ? DAY_PARTS[m[3]] : undefined;
    const value = anchored(
      ctx.dct,
      (d) => fmtDate(resolveWeekday(d, wd, dir)) + (part ? `T${part}` : ''),
      `XXXX-WXX-${wd}${part ? `T${part}` : ''}`,
    );
    if (value === null) return null;
    return hit(m.index, m.index + m[0].length, part ? 'TIME' : 'DATE', value, true);
  },
});

function tenseDirection(ctx: SentenceCtx, start: number, end: number): Direction {
  const abs = ctx.sentence.start;
  return directionFromTense(clauseTense(ctx.doc, abs + start, abs + end), 'future', 'past');
}
