import type { Doc, DocParagraph } from '../../nlp/doc.js';
import { APOSTROPHE, codeAt, LEFT_SINGLE, RIGHT_SINGLE } from './chars.js';
import { type MarkedSpan, markedSpan } from './types.js';

const WORD = /[\p{L}\p{N}]/u;
const BEFORE_OPEN = /[\s([{\u2014\u2013\-/:]/;

/**
 * Spans in single quote marks (‘…’, '…') outside double-quoted spans, within one paragraph.
 * Single marks double as apostrophes, so a mark opens only at the start of a word, closes only
 * at the end of one, and an opening mark that is never closed is dropped, not guessed at.
 */
export function parseSingleQuotes(doc: Doc, doubles: readonly MarkedSpan[]): MarkedSpan[] {
  const out: MarkedSpan[] = [];
  let d = 0;
  for (let p = 0; p < doc.paragraphs.length; p++)
    d = paragraphSingles(doc.text, doc.paragraphs[p], p, doubles, d, out);
  return out;
}

/**
 * Adds the single-quoted spans of paragraph `p` to `out`. `d` is the first double-quoted span
 * that may still lie ahead; returns it for the next paragraph.
 */
function paragraphSingles(
  text: string,
  para: DocParagraph,
  p: number,
  doubles: readonly MarkedSpan[],
  d: number,
  out: MarkedSpan[],
): number {
  let open = -1;
  for (let i = para.start; i < para.end; i++) {
    while (d < doubles.length && doubles[d].close <= i) d++;
    if (d < doubles.length && doubles[d].open <= i) {
      open = -1;
      i = Math.max(i, doubles[d].close - 1);
      continue;
    }
    const c = codeAt(text, i);
    if (c !== APOSTROPHE && c !== LEFT_SINGLE && c !== RIGHT_SINGLE) continue;
    // A doubled mark ('' or ’’) is a double mark.
    if (codeAt(text, i + 1) === c) {
      i++;
      continue;
    }
    const prev = i > para.start ? text[i - 1] : ' ';
    const next = i + 1 < para.end ? text[i + 1] : ' ';
    const canOpen = c !== RIGHT_SINGLE && BEFORE_OPEN.test(prev) && WORD.test(next);
    const canClose = c !== LEFT_SINGLE && !/\s/.test(prev) && !WORD.test(next) && i > open + 1;
    if (open >= 0 && canClose) {
      const s = singleSpan(text, open, i, p);
      if (s) out.push(s);
      open = -1;
    } else if (canOpen) open = i;
  }
  return d;
}

/** The span between an opening mark at `open` and a closing one at `close`, trimmed; null if empty. */
function singleSpan(text: string, open: number, close: number, p: number): MarkedSpan | null {
  let start = open + 1;
  let end = close;
  while (start < end && /\s/.test(text[start])) start++;
  const endsWithPunct = /[,.?!]/.test(text[end - 1]);
  while (end > start && /[,\s]/.test(text[end - 1])) end--;
  return end > start ? markedSpan(start, end, open, close + 1, true, true, p, p, endsWithPunct) : null;
}
