import { textBefore, tokenAfter, tokenBefore } from './context.js';
import { regexParser } from './regex-parser.js';
import { fmtDuration } from './timex.js';
import { type Hit, hit } from './types.js';
import { NUMBER, parseNumber, UNIT_TOKENS, UNIT_WORD, unitOf, WEEKDAY_NAME, WEEKDAYS } from './vocab.js';

/**
 * Sets (recurring times): "every year" → P1Y, "every two years" → P2Y, "each week",
 * "every Monday" → XXXX-WXX-1, "twice a year" / "15 a year" / "$5 a month" → P1Y/P1M,
 * and the adverbs and adjectives "annually", "annual", "weekly", "daily" …
 */
const EVERY = new RegExp(
  `\\b(?:every|each)\\s+(?:(other)\\s+)?(?:(${NUMBER})\\s+)?(${UNIT_WORD}|${WEEKDAY_NAME})\\b`,
  'gi',
);
const RATE = new RegExp(
  `\\b(?:(once|twice|thrice|\\d+\\s+times|[a-z]+\\s+times)\\s+)?(?:a|an|per)\\s+(${UNIT_WORD})\\b`,
  'gi',
);
const ADVERB =
  /\b(annually|annual|yearly|monthly|weekly|daily|nightly|hourly|quarterly|biannual|biennial|biannually)\b/gi;
const ADVERB_VALUE: Readonly<Record<string, string>> = {
  annually: 'P1Y',
  annual: 'P1Y',
  yearly: 'P1Y',
  monthly: 'P1M',
  weekly: 'P1W',
  daily: 'P1D',
  nightly: 'P1D',
  hourly: 'PT1H',
  quarterly: 'P3M',
  biannual: 'P6M',
  biannually: 'P6M',
  biennial: 'P2Y',
};

export const everyParser = regexParser({
  name: 'set-every',
  pattern: EVERY,
  words: ['every', 'each'],
  extract(_ctx, m): Hit | null {
    const end = m.index + m[0].length;
    const wd = WEEKDAYS[m[3].toLowerCase()];
    if (wd !== undefined)
      return /^[A-Z]/.test(m[3]) ? hit(m.index, end, 'SET', `XXXX-WXX-${wd}`, false) : null;
    const unit = unitOf(m[3]);
    if (!unit) return null;
    const n = m[2] ? parseNumber(m[2]) : 1;
    return hit(m.index, end, 'SET', fmtDuration((n ?? 1) * (m[1] ? 2 : 1), unit.unit), false);
  },
});

export const rateParser = regexParser({
  name: 'set-rate',
  pattern: RATE,
  words: UNIT_TOKENS,
  quick: /\b(?:a|an|per)\s+(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|century)/,
  extract(ctx, m): Hit | null {
    const unit = unitOf(m[2]);
    if (!unit || /s$/i.test(m[2])) return null;
    // "15 a year", "$5 a month", "twice a year", "per year": a rate. "a year ago" is not.
    const per = /^per\b/i.test(m[0].slice(m[1]?.length ?? 0).trim());
    if (!m[1] && !per) {
      const prev = tokenBefore(ctx, m.index);
      if (!prev || (prev.pos !== 'NUM' && !/\d$/.test(textBefore(ctx.text, m.index, 3).trim()))) return null;
    }
    const next = tokenAfter(ctx, m.index + m[0].length);
    if (next && /^(?:ago|later|earlier|before|after|from|old|or)$/.test(next.lower)) return null;
    return hit(m.index, m.index + m[0].length, 'SET', fmtDuration(1, unit.unit), false);
  },
});

export const adverbSetParser = regexParser({
  name: 'set-adverb',
  pattern: ADVERB,
  words: [
    'annually',
    'annual',
    'yearly',
    'monthly',
    'weekly',
    'daily',
    'nightly',
    'hourly',
    'quarterly',
    'biannual',
    'biennial',
    'biannually',
  ],
  extract(ctx, m): Hit | null {
    // "the Daily Mail", "Harbour Daily": a capitalised one inside a name is not a time.
    if (/^[A-Z]/.test(m[0])) {
      const next = tokenAfter(ctx, m.index + m[0].length);
      const prev = tokenBefore(ctx, m.index);
      if (next && /^[A-Z]/.test(next.text)) return null;
      if (prev && /^[A-Z]/.test(prev.text) && prev.start > ctx.sentence.start) return null;
    }
    const value = ADVERB_VALUE[m[1].toLowerCase()];
    return value ? hit(m.index, m.index + m[0].length, 'SET', value, false) : null;
  },
});
