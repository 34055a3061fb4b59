import { anchored, tokenBefore, wordBefore, wordsBefore } from './context.js';
import { regexParser } from './regex-parser.js';
import { type Direction, directionFromTense, directionOfWord, resolveCycleYear } from './resolve.js';
import { clauseTense } from './tense.js';
import { fmtSeason, SEASON_CODES } from './timex.js';
import { hit } from './types.js';

/**
 * Seasons: "spring 2020", "last summer", "this autumn", "in the winter of 2019" → 2020-SP,
 * 2020-SU … A bare season needs a cue ("in spring", "by autumn"); "fall" needs this/last/next,
 * "the" or a year; "Arab Spring" is a name.
 */
const PATTERN =
  /\b(?:(last|next|this|past|coming|previous)\s+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?((?:1[89]|20)\d\d)(?![\w.,]?\d))?\b/gi;
const SEASON_INDEX: Readonly<Record<string, number>> = {
  winter: 0,
  spring: 1,
  summer: 2,
  autumn: 3,
  fall: 3,
};
const CUES = new Set([
  'in',
  'during',
  'by',
  'until',
  'since',
  'early',
  'late',
  'mid',
  'the',
  'this',
  'last',
  'next',
  'before',
  'after',
  'of',
  'through',
  'throughout',
]);

/** Season index of a month: Dec–Feb winter (0), Mar–May spring (1) … */
const seasonOfMonth = (m: number): number => Math.floor((m % 12) / 3);

export const seasonParser = regexParser({
  name: 'season',
  pattern: PATTERN,
  words: ['spring', 'summer', 'autumn', 'fall', 'winter'],
  extract(ctx, m) {
    const word = m[2].toLowerCase();
    const season = SEASON_INDEX[word];
    const end = m.index + m[0].length;
    if (m[3]) return hit(m.index, end, 'DATE', fmtSeason(Number(m[3]), season), false);
    const modifier = directionOfWord(m[1]);
    const seasonAt = m.index + m[0].length - m[2].length;
    if (!modifier) {
      const prev = wordBefore(ctx.text, seasonAt);
      if (!CUES.has(prev)) return null;
      if (word === 'fall' && !isSeasonFall(ctx.text, seasonAt, m.index + m[0].length)) return null;
      const prevTok = tokenBefore(ctx, seasonAt);
      if (/^[A-Z]/.test(m[2]) && prevTok && /^[A-Z]/.test(prevTok.text) && prevTok.pos === 'PROPN')
        return null;
    }
    let dir: Direction = modifier ?? 'this';
    if (!modifier) {
      const abs = ctx.sentence.start;
      dir = directionFromTense(clauseTense(ctx.doc, abs + m.index, abs + end), 'nearest', 'nearest');
    }
    const value = anchored(
      ctx.dct,
      (d) => fmtSeason(resolveCycleYear(d.y, seasonOfMonth(d.m), season, dir, 4), season),
      `XXXX-${SEASON_CODES[season]}`,
    );
    return value === null ? null : hit(m.index, end, 'DATE', value, true);
  },
});

/** "in the fall", "by the fall" — but not "the fall of the Berlin Wall" or "a fall in prices". */
function isSeasonFall(text: string, at: number, end: number): boolean {
  const words = wordsBefore(text, at, 2);
  if (words[1] !== 'the' || !FALL_LEAD.has(words[0] ?? '')) return false;
  return !/^\s+of\b/i.test(text.slice(end, end + 6));
}
const FALL_LEAD = new Set(['in', 'during', 'by', 'until', 'since', 'through', 'before', 'after']);
