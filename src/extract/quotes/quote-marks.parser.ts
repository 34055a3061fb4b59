import type { Doc } from '../../nlp/doc.js';
import {
  APOSTROPHE,
  BACKTICK,
  codeAt,
  LEFT_DOUBLE,
  LEFT_GUILLEMET,
  LEFT_SINGLE,
  LOW_DOUBLE,
  QUOTE,
  RIGHT_DOUBLE,
  RIGHT_GUILLEMET,
  RIGHT_SINGLE,
} from './chars.js';
import { type MarkedSpan, markedSpan } from './types.js';

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
  return !before && (i + len >= to || closesBefore(text, i + len));
}
/** Can a closing mark stand right before text[k] (space, punctuation, or a closing single mark)? */
function closesBefore(text: string, k: number): boolean {
  const c = codeAt(text, k);
  return c === APOSTROPHE || c === RIGHT_SINGLE || SPACE_AFTER.test(text[k]);
}

// One shape for every mark and every marked span: V8 recompiles the parsers when shapes vary.
function mark(at: number, len: number, role: Mark['role'], straight: boolean): Mark {
  return { at, len, role, straight };
}

/** The double mark that starts at text[i], with the role its shape and its neighbours give it. */
function markAt(text: string, i: number, from: number, to: number): Mark | null {
  const c = codeAt(text, i);
  const next = codeAt(text, i + 1);
  if (c === QUOTE || (c === APOSTROPHE && next === APOSTROPHE)) {
    const len = c === QUOTE ? 1 : 2;
    const role = isOpenCtx(text, i, len, from, to)
      ? 'open'
      : isCloseCtx(text, i, len, from, to)
        ? 'close'
        : 'either';
    return mark(i, len, role, true);
  }
  // Doubled curly singles stand for a double mark in some typesetting.
  if ((c === RIGHT_SINGLE || c === LEFT_SINGLE) && next === c)
    return mark(i, 2, c === LEFT_SINGLE ? 'open' : 'close', true);
  if (c === BACKTICK && next === BACKTICK) return mark(i, 2, 'open', true);
  if (c === LEFT_DOUBLE || c === LOW_DOUBLE || c === LEFT_GUILLEMET) {
    // A curly opening mark in the place of a closing one is a typing slip: let context decide.
    return mark(i, 1, isCloseCtx(text, i, 1, from, to) ? 'either' : 'open', false);
  }
  if (c === RIGHT_DOUBLE || c === RIGHT_GUILLEMET) {
    // At a paragraph's start it can only open: `” … he delivered a mix,” Barabak wrote.`
    return mark(i, 1, isOpenCtx(text, i, 1, from, to) || i === from ? 'either' : 'close', false);
  }
  return null;
}

/** The double marks of text[from, to). */
function doubleMarks(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const m = markAt(text, i, from, to);
    if (!m) continue;
    marks.push(m);
    i += m.len - 1;
  }
  return marks;
}

interface Open {
  readonly at: number;
  readonly len: number;
  readonly straight: boolean;
  readonly paragraph: number;
}

function openAt(m: Mark, paragraph: number): Open {
  return { at: m.at, len: m.len, straight: m.straight, paragraph };
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
  return markedSpan(start, end, o.at, closeEnd, closed, false, o.paragraph, last, endsWithPunct);
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

/** The state of the walk over the marks: the quote open, and how deep the other style nests in it. */
interface Walk {
  readonly text: string;
  readonly out: MarkedSpan[];
  cur: Open | null;
  nested: number;
}

/**
 * Spans in double quote marks, paragraph by paragraph. Straight and curly marks nest in each
 * other; a quote left open at a paragraph's end goes on only when the next paragraph opens with
 * a mark (the news convention for quotes over several paragraphs), else it ends with its
 * paragraph — an unbalanced mark never swallows the rest of the article.
 */
export function parseDoubleQuotes(doc: Doc): MarkedSpan[] {
  const walk: Walk = { text: doc.text, out: [], cur: null, nested: 0 };
  for (let p = 0; p < doc.paragraphs.length; p++) walkParagraph(doc, p, walk);
  return walk.out;
}

function walkParagraph(doc: Doc, p: number, w: Walk): void {
  const para = doc.paragraphs[p];
  const marks = doubleMarks(w.text, para.start, para.end);
  // Skip the mark that carries the quote into this paragraph.
  for (let k = w.cur && marks.length > 0 ? 1 : 0; k < marks.length; k++) takeMark(w, marks[k], p);
  if (w.cur && !(startsParagraphQuote(doc, w.cur) && opensWithMark(doc, p + 1))) {
    endQuote(w, span(w.text, w.cur, para.end, para.end, false, p));
  }
}

function takeMark(w: Walk, m: Mark, p: number): void {
  const cur = w.cur;
  if (!cur) {
    if (m.role !== 'close') openQuote(w, m, p);
  } else if (m.straight !== cur.straight) {
    // The other style inside a quote is a quote within the quote.
    takeNestedMark(w, cur, m, p);
  } else if (m.role === 'open') {
    // A second opening mark of the same style: the first quote was never closed.
    endQuote(w, span(w.text, cur, m.at, m.at, false, p));
    openQuote(w, m, p);
  } else endQuote(w, span(w.text, cur, m.at, m.at + m.len, true, p));
}

function takeNestedMark(w: Walk, cur: Open, m: Mark, p: number): void {
  if (m.role === 'open' || (m.role === 'either' && w.nested === 0)) w.nested++;
  else if (w.nested > 0) w.nested--;
  else endQuote(w, span(w.text, cur, m.at, m.at + m.len, true, p));
}

function openQuote(w: Walk, m: Mark, p: number): void {
  w.cur = openAt(m, p);
  w.nested = 0;
}

function endQuote(w: Walk, s: MarkedSpan | null): void {
  if (s) w.out.push(s);
  w.cur = null;
}
