import { textAfter, wordsBefore } from './context.js';
import { regexParser } from './regex-parser.js';
import { fmtDuration } from './timex.js';
import { type Hit, hit } from './types.js';
import { NUMBER, parseNumber, UNIT_TOKENS, UNIT_WORD, unitOf, VAGUE } from './vocab.js';

/**
 * Amounts of time: "three years" → P3Y, "48 hours" → PT48H, "two and a half years" → P2.5Y,
 * "the past nine days" → P9D, "several years" → PXY, "a decade" → P10Y, "two decades" → P20Y.
 * Ages ("27 years old", "27-year-old") are not times.
 */
const FILLER =
  '(?:(?:more|consecutive|straight|trading|full|long|whole|additional|successive|extra|further)\\s+)*';
const QUANTIFIED = new RegExp(
  `(?<![\\d,.$£€])\\b(?:the\\s+(?:(?:past|last|next|coming|previous|first|final|following|same)\\s+)?)?(${NUMBER}|${VAGUE})\\s+${FILLER}(${UNIT_WORD})\\b`,
  'gi',
);

export const durationParser = regexParser({
  name: 'duration',
  pattern: QUANTIFIED,
  words: UNIT_TOKENS,
  extract(ctx, m): Hit | null {
    const amount = m[1].toLowerCase().replace(/\s+/g, ' ');
    const unit = unitOf(m[2]);
    if (!unit) return null;
    const end = m.index + m[0].length;
    const after = textAfter(ctx.text, end, 12);
    if (/^(?:-|\s+)old\b/i.test(after)) return null; // an age
    if (unit.name === 'second' && /^(?:an?|one)$/.test(amount)) return null; // "a second time"
    // "a quarter of the votes", "three quarters": fractions, not periods.
    if (unit.name === 'quarter' && /^(?:an?|one|three)$/.test(amount) && !/^the\s/i.test(m[0])) return null;
    const n = parseNumber(amount);
    if (n !== null && n <= 0) return null;
    return hit(m.index, end, 'DURATION', fmtDuration(n, unit.unit), false);
  },
});

/** "fifty-year", "12-hour", "single-day", "decades-long", "year-long": adjectives of duration. */
const HYPHENATED =
  /\b(?:(\d+(?:\.\d+)?|[a-z]+(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)-)?(second|minute|hour|day|week|fortnight|month|year|decade|century|decades|years|months|weeks|days)(-long)?\b/gi;

export const adjectiveDurationParser = regexParser({
  name: 'duration-adjective',
  pattern: HYPHENATED,
  quick: /\w-\w/,
  extract(ctx, m): Hit | null {
    if (m[1] === undefined && m[3] === undefined) return null;
    const end = m.index + m[0].length;
    if (/^-old\b/i.test(textAfter(ctx.text, end, 6))) return null; // "27-year-old": an age
    const unit = unitOf(m[2]);
    if (!unit) return null;
    const plural = /s$/i.test(m[2]);
    if (m[1] === undefined) {
      return hit(m.index, end, 'DURATION', fmtDuration(plural ? null : 1, unit.unit), false);
    }
    const n = parseNumber(m[1]);
    if (n === null || n <= 0 || (plural && !m[3])) return null;
    return hit(m.index, end, 'DURATION', fmtDuration(n, unit.unit), false);
  },
});

/** Bare plural units with a cue: "for years" → PXY, "decades of war" → PXDE, "in recent days". */
const BARE = /\b(years|months|weeks|days|decades|centuries|hours|minutes)\b/gi;
const CUE_BEFORE = new Set([
  'for',
  'over',
  'in',
  'within',
  'recent',
  'past',
  'last',
  'coming',
  'next',
  'after',
  'end',
  'spent',
  'took',
  'take',
  'takes',
  'lasted',
  'through',
  'just',
  'mere',
  'only',
]);
const CUE_AFTER = /^\s*(?:of\b|ago\b|later\b|earlier\b|-long\b|long\b|before\b|in\s+the\s+making\b)/i;

export const bareUnitParser = regexParser({
  name: 'duration-bare',
  pattern: BARE,
  words: ['years', 'months', 'weeks', 'days', 'decades', 'centuries', 'hours', 'minutes'],
  extract(ctx, m): Hit | null {
    const words = wordsBefore(ctx.text, m.index, 2);
    const prev = words[words.length - 1] ?? '';
    const overThe = prev === 'the' && words[0] === 'over';
    const end = m.index + m[0].length;
    if (!CUE_BEFORE.has(prev) && !overThe && !CUE_AFTER.test(textAfter(ctx.text, end, 18))) return null;
    if (/^(?:the|those|these|their|his|her|its|our|my|your)$/.test(prev) && !overThe) return null;
    const unit = unitOf(m[1]);
    if (!unit) return null;
    // "in recent years": the adjective belongs to the span (PXY), not a PAST_REF of its own.
    const start = prev === 'recent' ? ctx.text.toLowerCase().lastIndexOf('recent', m.index) : m.index;
    return hit(start, end, 'DURATION', fmtDuration(null, unit.unit), false);
  },
});
