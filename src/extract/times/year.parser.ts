import { textBefore, tokenAfter, tokenBefore, wordBefore } from './context.js';
import { NON_YEAR_PREFIX, QUANTITY_NOUNS, TEMPORAL_CUES } from './cues.js';
import { regexParser } from './regex-parser.js';
import { fmtMonth, fmtYear } from './timex.js';
import { type Hit, hit, type SentenceCtx } from './types.js';
import { MONTH_ANY } from './vocab.js';

/**
 * Bare years ("in 1989", "2021's budget"), year ranges ("2001-2021", "2010-11") and
 * apostrophe years ("in '82"). Only 1800–2100; a number that counts something is not a year.
 */
const PATTERN =
  /(?<![\w$£€#@.,/:+'’])((?:1[89]|20)\d\d|2100)(?:\s*[-–—]\s*((?:1[89]|20)\d\d|\d\d)(?!\d))?(?![\w%@]|[.,:/]\d|-\d|\s*(?:%|percent\b|per\s?cent\b))/g;
const SHORT = /(?<![\w])['’‘](\d\d)(?![\w'’])/g;

const MODIFIER_HYPHEN = /(?:mid|end|early|late|pre|post)-$/i;
/** "February 30, " just before: the year belongs to a date chrono refused as impossible. */
const DAY_BEFORE = new RegExp(`${MONTH_ANY}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*,?\\s*$`);

export const yearParser = regexParser({
  name: 'year',
  pattern: PATTERN,
  quick: /(?:1[89]|20)\d\d/,
  extract(ctx, m) {
    const at = m.index;
    const before = ctx.text.slice(Math.max(0, at - 12), at);
    if (before.endsWith('-') && !MODIFIER_HYPHEN.test(before)) return null;
    if (/\d[\s-]$/.test(before) || /^[\s-]+\d/.test(ctx.text.slice(at + m[0].length))) return null;
    if (!isYearContext(ctx, at, at + m[0].length, Number(m[1]))) return null;
    // The year of a date chrono refused ("February 30, 2021") goes with it.
    if (DAY_BEFORE.test(textBefore(ctx.text, at, 24))) return null;
    const y = Number(m[1]);
    const end = at + m[0].length;
    if (m[2] === undefined) return yearHit(at, end, fmtYear(y));
    const y2 = m[2].length === 4 ? Number(m[2]) : Math.floor(y / 100) * 100 + Number(m[2]);
    if (y2 > y) return hit(at, end, 'DATE', fmtYear(y), false, fmtYear(y2));
    const month = Number(m[2]);
    if (m[2].length === 2 && month >= 1 && month <= 12) return yearHit(at, end, fmtMonth(y, month));
    return null;
  },
});

export const shortYearParser = regexParser({
  name: 'short-year',
  pattern: SHORT,
  quick: /['’‘]\d\d/,
  extract(ctx, m) {
    if (!TEMPORAL_CUES.has(wordBefore(ctx.text, m.index))) return null;
    const yy = Number(m[1]);
    const pivot = ctx.dct ? (ctx.dct.y % 100) + 10 : 30;
    const y = yy <= pivot ? 2000 + yy : 1900 + yy;
    return yearHit(m.index, m.index + m[0].length, fmtYear(y));
  },
});

function yearHit(start: number, end: number, value: string): Hit {
  return hit(start, end, 'DATE', value, false);
}

/** A 4-digit number is a year unless its neighbours make it a quantity or part of a name. */
function isYearContext(ctx: SentenceCtx, start: number, end: number, y: number): boolean {
  const prev = wordBefore(ctx.text, start);
  if (NON_YEAR_PREFIX.has(prev)) return false;
  const prevTok = tokenBefore(ctx, start);
  const cue = TEMPORAL_CUES.has(prev) || prev.endsWith("'s");
  const next = tokenAfter(ctx, end);
  if (next && next.start - ctx.sentence.start - end <= 1) {
    if (QUANTITY_NOUNS.has(next.lower)) return false;
    const plural = next.pos === 'NOUN' && next.lower !== next.lemma && next.lower.endsWith('s');
    if (plural && !cue && (prevTok?.pos !== 'DET' || y % 100 === 0)) return false;
    // "the Russell 2000 Index": a number between two capitalised words is part of a name.
    if (/^[A-Z]/.test(next.text) && next.pos === 'PROPN' && prevTok && /^[A-Z]/.test(prevTok.text) && !cue)
      return false;
  }
  return true;
}
