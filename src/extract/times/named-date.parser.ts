import { type Candidate, candidate, type SentenceCtx, type TimeParser } from './types.js';

/**
 * Dates that name a well-known event rather than a day of the current year: "the September 11
 * attacks", "9/11" → 2001-09-11. The table is data; the span is the date part only.
 */
interface NamedDate {
  readonly pattern: RegExp;
  readonly value: string;
}

const TABLE: readonly NamedDate[] = [
  {
    pattern:
      /\b(September\s+11(?:th)?|Sept\.?\s+11)(?=(?:\s*,\s*2001)?\s+(?:attacks?|terror|hijack|anniversary|commission)\b)/g,
    value: '2001-09-11',
  },
  { pattern: /(?<![\w/])(9\/11)(?![\w/])/g, value: '2001-09-11' },
  { pattern: /\b(Black\s+Monday)(?=\s+(?:crash|of\s+1987)\b)/g, value: '1987-10-19' },
];

const QUICK = /Sept(?:ember|\.)? ?11|9\/11|Black Monday/;

export const namedDateParser: TimeParser = {
  name: 'named-date',
  parse(ctx: SentenceCtx): Candidate[] {
    const out: Candidate[] = [];
    if (!QUICK.test(ctx.text)) return out;
    for (const { pattern: re, value } of TABLE) {
      re.lastIndex = 0;
      for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
        const start = ctx.sentence.start + m.index;
        out.push(
          candidate(start, start + m[1].length, 'DATE', value, false, undefined, false, 'named-date', 0),
        );
      }
    }
    return out;
  },
};
