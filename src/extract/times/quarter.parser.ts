import { quarterOf, type Ymd } from './calendar.js';
import { anchored } from './context.js';
import { regexParser } from './regex-parser.js';
import { directionFromTense, resolveCycleYear } from './resolve.js';
import { clauseTense } from './tense.js';
import { fmtHalf, fmtQuarter } from './timex.js';
import { type Hit, hit, type SentenceCtx } from './types.js';

/**
 * Quarters and halves: "Q3 2021", "2021 Q3", "the third quarter of 2009", "the fourth quarter of
 * last year", "third-quarter" (resolved by tense), "the last quarter" (the one before the
 * publication's), "the first half of 2021" → 2021-H1.
 */
const YEAR = '(?:1[89]|20)\\d\\d';
const ORD: Readonly<Record<string, number>> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
  last: 4,
  latter: 2,
};
const YEAR_REF = `(?:\\s+of\\s+(?:(${YEAR})|(?:the\\s+)?(this|last|next|the|current|previous)\\s+year|(?:fiscal|financial)\\s+(${YEAR})))`;

/** Year of "of 2009" / "of last year" / "of the year" groups, or undefined when absent. */
function yearRef(
  dct: Ymd | null,
  abs: string | undefined,
  rel: string | undefined,
  fiscal: string | undefined,
): number | null | undefined {
  if (abs ?? fiscal) return Number(abs ?? fiscal);
  if (rel === undefined) return undefined;
  if (!dct) return null;
  const w = rel.toLowerCase();
  return dct.y + (w === 'next' ? 1 : w === 'last' || w === 'previous' ? -1 : 0);
}

export const quarterParser = regexParser({
  name: 'quarter',
  pattern: new RegExp(
    `\\b(?:Q([1-4])(?:\\s*[-/]?\\s*(${YEAR}))?|(${YEAR})\\s*-?Q([1-4])|(?:(the)\\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|final|last)[\\s-]+quarter${YEAR_REF}?)\\b`,
    'gi',
  ),
  quick: /quarter|q[1-4]/,
  extract(ctx, m): Hit | null {
    const start = m.index;
    const end = m.index + m[0].length;
    if (m[1] && !/^Q/.test(m[0])) return null; // "q3" in lower case is not a quarter
    const q = Number(m[1] ?? m[4] ?? ORD[(m[6] ?? '').toLowerCase()]);
    if (!(q >= 1 && q <= 4)) return null;
    const explicit = m[2] ?? m[3];
    if (explicit) return hit(start, end, 'DATE', fmtQuarter(Number(explicit), q), false);
    const y = yearRef(ctx.dct, m[7], m[8], m[9]);
    if (typeof y === 'number')
      return hit(start, end, 'DATE', fmtQuarter(y, q), m[7] === undefined && m[9] === undefined);
    if (y === null) return hit(start, end, 'DATE', `XXXX-Q${q}`, true);
    return hit(start, end, 'DATE', bareQuarter(ctx, m, q), true);
  },
});

/** "the last quarter" is the one before the publication's; others follow the clause tense. */
function bareQuarter(ctx: SentenceCtx, m: RegExpExecArray, q: number): string {
  const last = (m[6] ?? '').toLowerCase() === 'last';
  return (
    anchored(
      ctx.dct,
      (d) => {
        const cur = quarterOf(d.m);
        if (last) return cur === 1 ? fmtQuarter(d.y - 1, 4) : fmtQuarter(d.y, cur - 1);
        const abs = ctx.sentence.start;
        const dir = directionFromTense(
          clauseTense(ctx.doc, abs + m.index, abs + m.index + m[0].length),
          'nearest',
          'nearest',
        );
        return fmtQuarter(resolveCycleYear(d.y, cur, q, dir === 'past' ? 'last' : dir, 4), q);
      },
      `XXXX-Q${q}`,
    ) ?? `XXXX-Q${q}`
  );
}

export const halfParser = regexParser({
  name: 'half',
  pattern: new RegExp(
    `\\b(?:H([12])\\s*(${YEAR})|(?:the\\s+)?(first|1st|second|2nd|latter)\\s+half${YEAR_REF})\\b`,
    'gi',
  ),
  quick: /\bhalf\b|\bh[12]/,
  extract(ctx, m): Hit | null {
    const start = m.index;
    const end = m.index + m[0].length;
    if (m[1])
      return /^H/.test(m[0]) ? hit(start, end, 'DATE', fmtHalf(Number(m[2]), Number(m[1])), false) : null;
    const h = ORD[(m[3] ?? '').toLowerCase()];
    const y = yearRef(ctx.dct, m[4], m[5], m[6]);
    if (y === undefined) return null;
    const value = y === null ? `XXXX-H${h}` : fmtHalf(y, h);
    return hit(start, end, 'DATE', value, m[4] === undefined && m[6] === undefined);
  },
});
