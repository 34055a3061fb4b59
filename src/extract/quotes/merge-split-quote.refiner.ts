import { type Found, found } from './types.js';

/** The text between two quotes once the attribution clause is cut out of it. */
function gapWithoutClause(
  text: string,
  from: number,
  to: number,
  clause: { start: number; end: number } | null,
): string {
  if (!clause || clause.end <= from || clause.start >= to) return text.slice(from, to);
  return text.slice(from, Math.max(from, clause.start)) + text.slice(Math.min(to, clause.end), to);
}

function sameSpan(
  a: { start: number; end: number } | null,
  b: { start: number; end: number } | null,
): boolean {
  return !!a && !!b && a.start === b.start && a.end === b.end;
}

/**
 * Merges the parts of one quote split by its attribution — `"We will not leave," he said,
 * "until the job is done."` — and a quote going on in the next paragraph with no attribution of
 * its own, into one quote from the first part to the last, with the first part's attribution.
 * Parts merge only when nothing but the attribution and punctuation lies between them.
 */
export function mergeSplitQuotes(text: string, direct: readonly Found[]): Found[] {
  const out: Found[] = [];
  for (const b of direct) {
    const a = out[out.length - 1];
    const aMarks = a?.marks ?? [];
    const bMarks = b.marks ?? [];
    if (a?.attr && aMarks.length && bMarks.length) {
      const last = aMarks[aMarks.length - 1];
      const first = bMarks[0];
      const near = first.paragraph - last.lastParagraph <= 1 && first.open >= last.close;
      const ownCue = b.attr && !sameSpan(b.attr.cueSpan, a.attr.cueSpan);
      const gap = gapWithoutClause(text, last.close, first.open, a.attr.clause);
      if (near && !ownCue && /^[\s,.;:\u2014\u2013-]*$/.test(gap)) {
        out[out.length - 1] = found(a.start, b.end, true, a.attr, [...aMarks, ...bMarks]);
        continue;
      }
    }
    out.push(b);
  }
  return out;
}
