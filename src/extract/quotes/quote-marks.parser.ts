import type { Doc } from '../../nlp/doc.js';
import type { MarkedSpan } from './types.js';

/** One double quote mark: `"`, `“ ” „ « »`, or a doubled `''` / ` `` `. */
interface Mark {
  readonly at: number;
  readonly len: number;
  readonly role: 'open' | 'close' | 'either';
  /** Straight marks and curly marks nest inside each other. */
  readonly straight: boolean;
}

const SPACE_BEFORE = /[\s([{\u2014\u2013\-/]/;
const SPACE_AFTER = /[\s,.;:!?)\]}\u2014\u2013]/;

function isOpenCtx(text: string, i: number, len: number, from: number, to: number): boolean {
  const before = i <= from || SPACE_BEFORE.test(text[i - 1]);
  const after = i + len >= to || /\s/.test(text[i + len]);
  return before && !after;
}
function isCloseCtx(text: string, i: number, len: number, from: number, to: number): boolean {
  const before = i <= from || /\s/.test(text[i - 1]);
  const after =
    i + len >= to || SPACE_AFTER.test(text[i + len]) || text[i + len] === "'" || text[i + len] === '’';
  return !before && after;
}

/** The double marks of text[from, to), each with the role its shape and its neighbours give it. */
function doubleMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '"' || (c === "'" && text[i + 1] === "'")) {
      const len = c === '"' ? 1 : 2;
      const open = isOpenCtx(text, i, len, from, to);
      const close = isCloseCtx(text, i, len, from, to);
      marks.push({ at: i, len, role: open ? 'open' : close ? 'close' : 'either', straight: true });
      i += len - 1;
    } else if ((c === '’' && text[i + 1] === '’') || (c === '‘' && text[i + 1] === '‘')) {
      // Doubled curly singles stand for a double mark in some typesetting.
      marks.push({ at: i, len: 2, role: c === '‘' ? 'open' : 'close', straight: true });
      i++;
    } else if (c === '`' && text[i + 1] === '`') {
      marks.push({ at: i, len: 2, role: 'open', straight: true });
      i++;
    } else if (c === '“' || c === '„' || c === '«') {
      // A curly opening mark in the place of a closing one is a typing slip: let context decide.
      const role = isCloseCtx(text, i, 1, from, to) ? 'either' : 'open';
      marks.push({ at: i, len: 1, role, straight: false });
    } else if (c === '”' || c === '»') {
      // At a paragraph's start it can only open: `” … he delivered a mix,” Barabak wrote.`
      const role = isOpenCtx(text, i, 1, from, to) || i === from ? 'either' : 'close';
      marks.push({ at: i, len: 1, role, straight: false });
    }
  }
  return marks;
}

interface Open {
  readonly at: number;
  readonly len: number;
  readonly straight: boolean;
  readonly paragraph: number;
}

function span(
  text: string,
  o: Open,
  contentEnd: number,
  closeEnd: number,
  closed: boolean,
  last: number,
): MarkedSpan | null {
  let start = o.at + o.len;
  let end = contentEnd;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  const endsWithPunct = end > start && /[,.?!…—-]/.test(text[end - 1]);
  while (end > start && /[,\s]/.test(text[end - 1])) end--;
  if (end <= start) return null;
  return {
    start,
    end,
    open: o.at,
    close: closeEnd,
    closed,
    single: false,
    paragraph: o.paragraph,
    lastParagraph: last,
    endsWithPunct,
  };
}

/**
 * A quote can run on into the next paragraph only if it began as speech does: at the start of
 * its paragraph or after ":" or "," — not as an unclosed scare quote in the middle of a sentence.
 */
function startsParagraphQuote(doc: Doc, o: Open): boolean {
  const para = doc.paragraphs[o.paragraph];
  let k = o.at - 1;
  while (k >= para.start && /\s/.test(doc.text[k])) k--;
  return k < para.start || /[:,]/.test(doc.text[k]);
}

/** Does paragraph `p` open with a quote mark (a multi-paragraph quote going on)? */
function opensWithMark(doc: Doc, p: number): Mark | null {
  const para = doc.paragraphs[p];
  if (!para) return null;
  let i = para.start;
  while (i < para.end && /\s/.test(doc.text[i])) i++;
  const first = doubleMarks(doc.text, i, Math.min(para.end, i + 2))[0];
  return first && first.at === i && first.role !== 'close' ? first : null;
}

/**
 * Spans in double quote marks, paragraph by paragraph. Straight and curly marks nest in each
 * other; a quote left open at a paragraph's end goes on only when the next paragraph opens with
 * a mark (the news convention for quotes over several paragraphs), else it ends with its
 * paragraph — an unbalanced mark never swallows the rest of the article.
 */
export function parseDoubleQuotes(doc: Doc): MarkedSpan[] {
  const { text } = doc;
  const out: MarkedSpan[] = [];
  const push = (s: MarkedSpan | null) => {
    if (s) out.push(s);
  };
  let cur: Open | null = null;
  let nested = 0;
  for (let p = 0; p < doc.paragraphs.length; p++) {
    const para = doc.paragraphs[p];
    let marks = doubleMarks(text, para.start, para.end);
    if (cur && marks[0]) marks = marks.slice(1); // the mark that carries the quote into this paragraph
    for (const m of marks) {
      if (!cur) {
        if (m.role !== 'close') {
          cur = { at: m.at, len: m.len, straight: m.straight, paragraph: p };
          nested = 0;
        }
        continue;
      }
      if (m.straight !== cur.straight) {
        // The other style inside a quote is a quote within the quote.
        if (m.role === 'open' || (m.role === 'either' && nested === 0)) nested++;
        else if (nested > 0) nested--;
        else {
          push(span(text, cur, m.at, m.at + m.len, true, p));
          cur = null;
        }
        continue;
      }
      if (m.role === 'open') {
        // A second opening mark of the same style: the first quote was never closed.
        push(span(text, cur, m.at, m.at, false, p));
        cur = { at: m.at, len: m.len, straight: m.straight, paragraph: p };
        nested = 0;
        continue;
      }
      push(span(text, cur, m.at, m.at + m.len, true, p));
      cur = null;
    }
    if (cur && !(startsParagraphQuote(doc, cur) && opensWithMark(doc, p + 1))) {
      push(span(text, cur, para.end, para.end, false, p));
      cur = null;
    }
  }
  return out;
}
