import {
  anchored,
  atSentenceStart,
  textAfter,
  tokenAfter,
  tokenBefore,
  wordBefore,
  wordsBefore,
} from './context.js';
import { TEMPORAL_CUES } from './cues.js';
import { regexParser } from './regex-parser.js';
import { type Direction, directionFromTense, directionOfWord, resolveCycleYear } from './resolve.js';
import { clauseTense } from './tense.js';
import { fmtMonth } from './timex.js';
import { type Hit, hit, type SentenceCtx } from './types.js';
import { MONTH_ANY, monthNumber } from './vocab.js';

/**
 * A month without a day: "March 2021", "September of 2006", "last September", "in October",
 * "October of next year". Day-level dates are chrono's. Months that are also names or words
 * (May, March, June, April, August) need a cue word before them.
 */
const PATTERN = new RegExp(
  `(?:\\b([Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming|[Pp]revious)\\s+)?(?<![\\w])(${MONTH_ANY})(?![\\w])` +
    `(?:\\s*(?:,|of)?\\s*((?:1[89]|20)\\d\\d|['’]\\d\\d)(?![\\w.,]?\\d)|\\s+(?:of\\s+)?(this|last|next)\\s+year\\b)?`,
  'g',
);
const AMBIGUOUS = new Set(['may', 'march', 'june', 'april', 'august']);
/** Cue words that also give the direction of a bare month. */
const CUE_DIRECTION: Readonly<Record<string, Direction>> = {
  since: 'past',
  until: 'future',
  till: 'future',
  by: 'future',
  before: 'future',
  ahead: 'future',
};

export const monthParser = regexParser({
  name: 'month',
  pattern: PATTERN,
  quick: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/,
  extract(ctx, m): Hit | null {
    const month = monthNumber(m[2]);
    if (month === undefined) return null;
    const start = m.index;
    const end = m.index + m[0].length;
    if (m[3]) {
      const yy = m[3].replace(/^['’]/, '');
      const y = yy.length === 4 ? Number(yy) : (Number(yy) > 30 ? 1900 : 2000) + Number(yy);
      return hit(start, end, 'DATE', fmtMonth(y, month), false);
    }
    if (m[4]) {
      const shift = m[4] === 'next' ? 1 : m[4] === 'last' ? -1 : 0;
      const value = anchored(
        ctx.dct,
        (d) => fmtMonth(d.y + shift, month),
        `XXXX-${fmtMonth(0, month).slice(5)}`,
      );
      return value === null ? null : hit(start, end, 'DATE', value, true);
    }
    const modifier = directionOfWord(m[1]);
    const monthAt = m.index + m[0].indexOf(m[2]);
    if (!modifier && !isBareMonth(ctx, m[2], monthAt)) return null;
    const dir = modifier ?? bareDirection(ctx, monthAt, monthAt + m[2].length);
    const value = anchored(
      ctx.dct,
      (d) => fmtMonth(resolveCycleYear(d.y, d.m, month, dir), month),
      `XXXX-${String(month).padStart(2, '0')}`,
    );
    return value === null ? null : hit(start, end, 'DATE', value, true);
  },
});

/** "by (mid-|early |the end of) June" looks ahead, "since June" back; else the clause tense. */
function bareDirection(ctx: SentenceCtx, start: number, end: number): Direction {
  const words = wordsBefore(ctx.text, start, 5);
  while (words.length && MODIFIER_WORDS.has(words[words.length - 1])) words.pop();
  const cue = CUE_DIRECTION[words[words.length - 1] ?? ''];
  if (cue) return cue;
  const abs = ctx.sentence.start;
  const tense = clauseTense(ctx.doc, abs + start, abs + end);
  // "the February agreement": a month naming an event is, in news, mostly one already reported.
  const next = tokenAfter(ctx, end);
  if (tense !== 'future' && next?.pos === 'NOUN' && /^[a-z]/.test(next.text)) return 'past';
  return directionFromTense(tense, 'nearest', 'nearest');
}
const MODIFIER_WORDS = new Set([
  'mid',
  'early',
  'late',
  'the',
  'end',
  'of',
  'beginning',
  'start',
  'middle',
  'in',
]);

/** Is a month name standing alone a month here, not a name, verb or a protest march? */
function isBareMonth(ctx: SentenceCtx, word: string, at: number): boolean {
  if (word.length <= 4 && /\.$|^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/.test(word)) return false;
  if (/^\s*\d/.test(textAfter(ctx.text, at + word.length, 4))) return false; // a day chrono did not take
  const prev = wordBefore(ctx.text, at);
  const prevTok = tokenBefore(ctx, at);
  const next = tokenAfter(ctx, at + word.length);
  const cue = TEMPORAL_CUES.has(prev) && prev !== 'that';
  // "Theresa May", "Prime Minister May": a capitalised word right before is a name.
  if (
    prevTok &&
    /^[A-Z]/.test(prevTok.text) &&
    !cue &&
    !atSentenceStart(ctx.text, prevTok.start - ctx.sentence.start)
  ) {
    if (prevTok.pos === 'PROPN' || prevTok.pos === 'NOUN' || prevTok.pos === 'ADJ') return false;
  }
  if (next && /^[A-Z]/.test(next.text) && next.pos === 'PROPN' && !/^[A-Z]+$/.test(next.text)) return false;
  if (word === 'May' && next && (next.pos === 'VERB' || next.pos === 'AUX')) return false;
  if (!AMBIGUOUS.has(word.toLowerCase())) return true;
  if (!cue) return false;
  if (prev === 'and' || prev === 'or' || prev === 'to') {
    const words = wordsBefore(ctx.text, at, 2);
    return words.length === 2 && monthNumber(words[0]) !== undefined;
  }
  return true;
}
