import type { Doc } from '../../nlp/doc.js';
import type { MarkedSpan } from './types.js';

const WORD = /[\p{L}\p{N}]/u;
const BEFORE_OPEN = /[\s([{\u2014\u2013\-/:]/;

/**
 * Spans in single quote marks (‘…’, '…') outside double-quoted spans, within one paragraph.
 * Single marks double as apostrophes, so a mark opens only at the start of a word, closes only
 * at the end of one, and an opening mark that is never closed is dropped, not guessed at.
 */
export function parseSingleQuotes(doc: Doc, doubles: readonly MarkedSpan[]): MarkedSpan[] {
  const { text } = doc;
  const out: MarkedSpan[] = [];
  let d = 0;
  for (let p = 0; p < doc.paragraphs.length; p++) {
    const para = doc.paragraphs[p];
    let open = -1;
    for (let i = para.start; i < para.end; i++) {
      while (d < doubles.length && doubles[d].close <= i) d++;
      const inDouble = d < doubles.length && doubles[d].open <= i;
      if (inDouble) {
        open = -1;
        i = Math.max(i, doubles[d].close - 1);
        continue;
      }
      const c = text[i];
      if (c !== "'" && c !== '‘' && c !== '’') continue;
      if ((c === "'" && text[i + 1] === "'") || (c !== "'" && text[i + 1] === c)) {
        i++;
        continue;
      }
      const prev = i > para.start ? text[i - 1] : ' ';
      const next = i + 1 < para.end ? text[i + 1] : ' ';
      const canOpen = c !== '’' && BEFORE_OPEN.test(prev) && WORD.test(next);
      const canClose = c !== '‘' && !/\s/.test(prev) && !WORD.test(next) && i > open + 1;
      if (open >= 0 && canClose) {
        let start = open + 1;
        let end = i;
        while (start < end && /\s/.test(text[start])) start++;
        const endsWithPunct = /[,.?!]/.test(text[end - 1]);
        while (end > start && /[,\s]/.test(text[end - 1])) end--;
        if (end > start) {
          out.push({
            start,
            end,
            open,
            close: i + 1,
            closed: true,
            single: true,
            paragraph: p,
            lastParagraph: p,
            endsWithPunct,
          });
        }
        open = -1;
      } else if (canOpen) open = i;
    }
  }
  return out;
}
