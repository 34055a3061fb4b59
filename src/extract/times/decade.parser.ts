import { anchored, textBefore, wordBefore } from './context.js';
import { regexParser } from './regex-parser.js';
import { fmtCentury, fmtDecade } from './timex.js';
import { hit } from './types.js';

/**
 * Decades and centuries as dates: "the 1990s" → 199, "the '80s" → 198, "the 19th century" →
 * 18, "this century" → 20. Decades as amounts ("decades", "two decades") are durations.
 */
const DECADE = /(?<![\w$£€])(?:(1[89]\d0|20\d0)|['’‘](\d0)|(\d0))['’]?s(?![\w])/g;
const POSSESSIVE = new Set(['their', 'his', 'her', 'my', 'our', 'your', 'its', 'early', 'late', 'mid']);

export const decadeParser = regexParser({
  name: 'decade',
  pattern: DECADE,
  quick: /\d0['’]?s/,
  extract(ctx, m) {
    const prev = wordBefore(ctx.text, m.index);
    let y: number;
    if (m[1]) y = Number(m[1]);
    else {
      const yy = Number(m[2] ?? m[3]);
      // "in their 20s" is an age; bare "80s" needs "the" before it.
      const listed = /\d0['’]?s\s*(?:,|and|or|to|through)\s*$/.test(textBefore(ctx.text, m.index, 16));
      if (m[3] !== undefined && prev !== 'the' && !listed) return null;
      if (POSSESSIVE.has(prev) && m[2] === undefined) return null;
      const dctYear = ctx.dct?.y ?? 2000;
      y = 1900 + yy + 100 * Number(1900 + yy + 100 <= dctYear);
    }
    if (y < 1800 || y > 2100) return null;
    return hit(m.index, m.index + m[0].length, 'DATE', fmtDecade(y), false);
  },
});

const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty-first': 21,
  'twenty-second': 22,
};
const CENTURY =
  /\b(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second)|(this|last|next|previous|past)|(?:current))\s+century\b/gi;

export const centuryParser = regexParser({
  name: 'century',
  pattern: CENTURY,
  quick: /century/,
  extract(ctx, m) {
    const start = m.index;
    const end = m.index + m[0].length;
    const ordinal = m[1] ? Number(m[1]) : m[2] ? ORDINALS[m[2].toLowerCase()] : undefined;
    if (ordinal !== undefined) {
      if (ordinal < 1 || ordinal > 22) return null;
      return hit(start, end, 'DATE', fmtCentury(ordinal - 1), false);
    }
    const word = (m[3] ?? 'this').toLowerCase();
    if (word === 'past' && /^the\s/i.test(m[0])) return hit(start, end, 'DURATION', 'P100Y', false);
    const shift = word === 'next' ? 1 : word === 'this' ? 0 : -1;
    const value = anchored(
      ctx.dct,
      (d) => fmtCentury(Math.floor(d.y / 100) + shift),
      shift < 0 ? 'PAST_REF' : 'PRESENT_REF',
    );
    return value === null ? null : hit(start, end, 'DATE', value, true);
  },
});
