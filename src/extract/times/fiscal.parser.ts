import { anchored } from './context.js';
import { regexParser } from './regex-parser.js';
import { type Hit, hit } from './types.js';

/**
 * Fiscal years: "fiscal 2022", "fiscal year 2010-11", "FY2022", "FY 22", "the 2022 fiscal year"
 * → FY2022; "this/last/next fiscal year" → relative to the publication year. A split year
 * ("2010-11") is named by the year it ends in.
 */
const YEAR = '(?:1[89]|20)\\d\\d';
const PATTERN = new RegExp(
  `\\b(?:(?:fiscal|financial)(?:\\s+year)?\\s+(${YEAR})(?:\\s*[-–/]\\s*(\\d\\d(?:\\d\\d)?))?` +
    `|FY\\s?(${YEAR}|\\d\\d)(?:\\s*[-–/]\\s*(\\d\\d(?:\\d\\d)?))?` +
    `|(?:the\\s+)?(${YEAR})\\s+(?:fiscal|financial)\\s+year` +
    `|(?:the\\s+)?(this|last|next|current|previous|coming)\\s+(?:fiscal|financial)\\s+year)\\b`,
  'gi',
);

export const fiscalParser = regexParser({
  name: 'fiscal',
  pattern: PATTERN,
  quick: /fiscal|financial|fy/,
  extract(ctx, m): Hit | null {
    const start = m.index;
    const end = m.index + m[0].length;
    if (m[3] !== undefined && !/^FY/.test(m[0])) return null;
    const startYear = m[1] ?? m[3] ?? m[5];
    if (startYear !== undefined) {
      let y = startYear.length === 2 ? 2000 + Number(startYear) : Number(startYear);
      const split = m[2] ?? m[4];
      if (split) {
        const y2 = split.length === 2 ? Math.floor(y / 100) * 100 + Number(split) : Number(split);
        if (y2 === y + 1) y = y2;
      }
      return hit(start, end, 'DATE', `FY${y}`, false);
    }
    const w = (m[6] ?? '').toLowerCase();
    const shift = w === 'next' || w === 'coming' ? 1 : w === 'last' || w === 'previous' ? -1 : 0;
    const value = anchored(
      ctx.dct,
      (d) => `FY${d.y + shift}`,
      shift < 0 ? 'PAST_REF' : shift > 0 ? 'FUTURE_REF' : 'PRESENT_REF',
    );
    return value === null ? null : hit(start, end, 'DATE', value, true);
  },
});
